package org.maestroperf.deploy.validator.rules.maestro;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.maestroperf.deploy.script.Script;
import org.maestroperf.deploy.script.ScriptCatalog;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.rules.ManifestSet;
import org.maestroperf.deploy.validator.rules.Rule;

/**
 * A client variable (set, or mapped from a ConfigMap key even when the key is absent) its script never reads is a mistake waiting to be noticed: a misspelling
 * (TEST_COMMENT for TEST_COMMENTS) or a setting of another kind of test (SEND_URL for multipoint).
 */
public final class MaestroUnusedVariableRule extends Rule {

    public MaestroUnusedVariableRule() {
        super("maestro-unused-variable", Severity.WARNING,
                "every variable set on the client is read by its test script");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        ClientPods.of(manifests).forEach(client -> {
            String testCase = client.testCase();
            Set<String> reads = new TreeSet<>(ScriptCatalog.CLIENT_CONTAINER);
            Optional<Script> known = testCase == null ? Optional.empty() : ScriptCatalog.imageScriptAt(testCase);
            List<Script> scripts = known.map(List::of).orElseGet(ScriptCatalog::imageScripts);
            scripts.forEach(script -> {
                reads.addAll(script.required());
                reads.addAll(script.optional());
            });
            String reader = known.map(Script::name).orElse("any singlepoint test script");
            java.util.Map<String, String> declared = new java.util.LinkedHashMap<>();
            client.env().forEach((name, v) -> declared.put(name, v.pointer()));
            java.util.List<org.maestroperf.deploy.validator.source.Value> env = client.container().value().get("env").items();
            for (int i = 0; i < env.size(); i++) {
                declared.putIfAbsent(env.get(i).get("name").textOr(""), client.container().pointer() + "/env/" + i);
            }
            declared.forEach((name, pointer) -> {
                if (!reads.contains(name)) {
                    String similar = reads.stream().filter(r -> close(r, name)).findFirst().map(r -> "; did you mean " + r + "?")
                            .orElse("");
                    out.add(finding(client.pods().manifest(), pointer, name + " is not read by " + reader + similar));
                }
            });
        });
        return out;
    }

    /** One insertion, deletion or substitution apart. */
    private static boolean close(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(i + (a.length() >= b.length() ? 1 : 0)).equals(b.substring(i + (b.length() >= a.length() ? 1 : 0)));
    }
}
