package org.maestroperf.deploy.validator.rules.maestro;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.script.ScriptCatalog;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.rules.ManifestSet;
import org.maestroperf.deploy.validator.rules.Rule;

/**
 * The client's environment holds every variable its test script requires. A variable only the
 * client image's ENV default provides is a warning (the test silently depends on the image).
 */
public final class MaestroScriptVariablesRule extends Rule {

    public MaestroScriptVariablesRule() {
        super("maestro-script-variables", Severity.ERROR,
                "the client's environment holds every variable its test script requires");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        ClientPods.of(manifests).forEach(client -> {
            String testCase = client.testCase();
            if (testCase == null) {
                return;
            }
            ScriptCatalog.imageScriptAt(testCase).ifPresent(script -> {
                String at = client.env().get("TEST_CASE").pointer();
                for (String variable : script.required()) {
                    if (client.env().containsKey(variable)) {
                        continue;
                    }
                    String imageDefault = ScriptCatalog.IMAGE_DEFAULTS.get(variable);
                    if (imageDefault != null) {
                        out.add(finding(client.pods().manifest(), at, script.name() + " requires " + variable
                                + ", which only the client image's default (" + variable + "=" + imageDefault + ") provides")
                                .withSeverity(Severity.WARNING));
                    } else {
                        out.add(finding(client.pods().manifest(), at, script.name() + " requires " + variable
                                + ", which the client container's environment does not set"));
                    }
                }
            });
        });
        return out;
    }
}
