package org.maestroperf.deploy.validator.rules.maestro;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.rules.ManifestSet;
import org.maestroperf.deploy.validator.rules.Rule;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/** A test script the test case takes from a mounted ConfigMap is in that ConfigMap. */
public final class MaestroScriptConfigMapRule extends Rule {

    public MaestroScriptConfigMapRule() {
        super("maestro-script-configmap", Severity.ERROR,
                "the script TEST_CASE names, when under a mounted ConfigMap, is a key of that ConfigMap");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        ClientPods.of(manifests).forEach(client -> {
            String testCase = client.testCase();
            if (testCase == null || !testCase.startsWith("/")) {
                return;
            }
            for (Value mount : client.container().value().get("volumeMounts").items()) {
                String dir = mount.get("mountPath").textOr("").replaceAll("/+$", "");
                if (dir.isEmpty() || !testCase.startsWith(dir + "/") || !mount.get("subPath").isMissing()) {
                    continue;
                }
                String relative = testCase.substring(dir.length() + 1);
                Optional<Value> volume = client.pods().podSpec().get("volumes").items().stream()
                        .filter(v -> v.get("name").textOr("").equals(mount.get("name").textOr(""))).findFirst();
                Value source = volume.map(v -> v.get("configMap")).orElse(Value.MISSING);
                if (source.isMissing()) {
                    continue;
                }
                String cmName = source.get("name").textOr("");
                Optional<Manifest> cm = manifests.named("ConfigMap", cmName, client.pods().manifest().namespace()).findFirst();
                if (cm.isEmpty()) {
                    continue; // the references rule reports a missing ConfigMap
                }
                String key = keyFor(source, relative);
                if (key == null || !has(cm.get(), key)) {
                    out.add(finding(client.pods().manifest(), client.env().get("TEST_CASE").pointer(), "test case " + testCase
                            + " is not in ConfigMap '" + cmName + "' mounted at " + dir));
                }
            }
        });
        return out;
    }

    /** The ConfigMap key that appears at a path under the mount, honouring {@code items}. */
    private static String keyFor(Value source, String relative) {
        List<Value> items = source.get("items").items();
        if (items.isEmpty()) {
            return relative;
        }
        return items.stream().filter(i -> relative.equals(i.get("path").textOr(""))).map(i -> i.get("key").textOr(""))
                .findFirst().orElse(null);
    }

    private static boolean has(Manifest cm, String key) {
        return !cm.root().path("data", key).isMissing() || !cm.root().path("binaryData", key).isMissing();
    }
}
