package org.maestroperf.deploy.generator.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maestroperf.deploy.diag.Suggestions;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.script.Script;
import org.maestroperf.deploy.script.ScriptCatalog;
import org.maestroperf.deploy.generator.testcase.TestCase;

/**
 * Turns a test case into its ConfigMap data and client environment, checking it against the
 * variables its script reads: every required one present, no unknown one, each of the form the script parses.
 */
final class ClientRunBuilder {

    /**
     * What an attempt of the client needs besides its test's duration: pulling the image, meeting the
     * broker and the workers, warming up and writing the reports.
     */
    static final Duration ATTEMPT_MARGIN = Duration.ofMinutes(10);
    /** An attempt of a test case whose duration is not known here (a count of messages, or no testDuration). */
    static final Duration ATTEMPT_WITHOUT_DURATION = Duration.ofHours(1);
    /** Maestro's time durations: {@code 30s}, {@code 5m}, {@code 1h30m}, upstream's {@code 0d0h0m30s}. */
    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,6})d)?(?:(\\d{1,7})h)?(?:(\\d{1,9})m)?(?:(\\d{1,9})s)?");

    /** Parameters maestro-deploy sets itself (from 'script' and the bundle's broker), never a test case. */
    private static final Set<String> SET_BY_DEPLOY = Set.of("testCase", "maestroBroker");

    private final Map<String, String> customScripts;
    private final Workload client;

    ClientRunBuilder(Map<String, String> customScripts, Workload client) {
        this.customScripts = customScripts;
        this.client = client;
    }

    ClientRun build(TestCase tc) {
        Script script = resolve(tc);
        List<String> problems = new ArrayList<>();

        // upstream's keys; testCase first like upstream's testcase-1, then metadata, then parameters
        Map<String, String> data = new LinkedHashMap<>();
        data.put("testCase", script.path());
        data.put("testName", tc.name());
        if (tc.description() != null) {
            data.put("testDescription", tc.description());
        }
        for (Map.Entry<String, String> p : tc.parameters().entrySet()) {
            String key = p.getKey();
            String variable = ScriptCatalog.variableOf(key);
            if (SET_BY_DEPLOY.contains(key)) {
                problems.add(tc.positionOf("parameters." + key) + ": parameter '" + key
                        + "' is set by maestro-deploy (from 'script' and the bundle's broker)");
            } else if (key.equals("testDescription") && tc.description() != null) {
                problems.add(tc.positionOf("parameters." + key)
                        + ": 'testDescription' repeats the test case's 'description'; keep one");
            } else if (!script.reads(variable)) {
                problems.add(tc.positionOf("parameters." + key) + ": script " + script.name()
                        + " does not read parameter '" + key + "' (" + variable + ")"
                        + Suggestions.didYouMean(key, parameterNames(script)));
            } else if (!script.typeOf(variable).accepts(p.getValue())) {
                problems.add(tc.positionOf("parameters." + key) + ": parameter '" + key + "' must be "
                        + script.typeOf(variable).describe() + ", found '" + p.getValue() + "'");
            }
            data.put(key, p.getValue());
        }
        for (String required : script.required()) {
            String parameter = ScriptCatalog.parameterOf(required);
            if (!SET_BY_DEPLOY.contains(parameter) && !data.containsKey(parameter)) {
                problems.add(tc.positionOf("parameters") + ": test case '" + tc.name() + "': script " + script.name()
                        + " requires parameter '" + parameter + "' (" + required + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }

        String configMap = "testcase-" + tc.name();
        List<Map<String, Object>> env = new ArrayList<>();
        client.env().stream().filter(e -> "MAESTRO_BROKER".equals(e.get("name"))).forEach(env::add);
        for (String key : data.keySet()) {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("name", configMap);
            ref.put("key", key);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", ScriptCatalog.variableOf(key));
            item.put("valueFrom", Map.of("configMapKeyRef", ref));
            env.add(item);
        }
        // the profile's client.env comes last: it may add variables (or override one, knowingly)
        client.env().stream().filter(e -> !"MAESTRO_BROKER".equals(e.get("name"))).forEach(env::add);
        Map<String, String> labels = new LinkedHashMap<>(client.labels());
        labels.put(ClientRun.TESTCASE_LABEL, tc.name());
        return new ClientRun(tc, script, "maestro-client-" + tc.name(), configMap, data,
                client.with(labels, EnvLists.mergeByName(env)), activeDeadlineSeconds(tc));
    }

    /**
     * Every attempt (the first and each retry) may take the test's duration plus {@link #ATTEMPT_MARGIN},
     * or {@link #ATTEMPT_WITHOUT_DURATION} when its duration is not a time: then a hung client stops
     * failed instead of holding the workers for ever.
     */
    private static long activeDeadlineSeconds(TestCase tc) {
        String duration = tc.parameters().getOrDefault("testDuration", "").trim();
        Matcher m = TIME.matcher(duration);
        Duration attempt = ATTEMPT_WITHOUT_DURATION;
        if (!duration.isEmpty() && m.matches()) {
            attempt = Duration.ofDays(group(m, 1)).plusHours(group(m, 2)).plusMinutes(group(m, 3))
                    .plusSeconds(group(m, 4)).plus(ATTEMPT_MARGIN);
        }
        return attempt.toSeconds() * (tc.retries() + 1L);
    }

    private static long group(Matcher m, int index) {
        return m.group(index) == null ? 0 : Long.parseLong(m.group(index));
    }

    /** A custom script of that name wins over the image's (so a fixed copy can replace a shipped one). */
    private Script resolve(TestCase tc) {
        String file = tc.script().endsWith(".groovy") ? tc.script() : tc.script() + ".groovy";
        String name = file.substring(0, file.length() - ".groovy".length());
        if (customScripts.containsKey(file)) {
            String path = Client.SCRIPTS_MOUNT + "/" + file;
            return ScriptCatalog.imageScriptAt(path).orElseGet(() -> new Script(name, path, List.of(), List.of(), false));
        }
        return ScriptCatalog.imageScript(name).orElseThrow(() -> {
            Set<String> known = new TreeSet<>(ScriptCatalog.imageScriptNames());
            customScripts.keySet().forEach(f -> known.add(f.replaceFirst("\\.groovy$", "")));
            return new UserException(tc.positionOf("script") + ": unknown script '" + tc.script() + "'"
                    + Suggestions.didYouMean(name, known) + " (available: " + String.join(", ", known) + ")");
        });
    }

    private static List<String> parameterNames(Script script) {
        List<String> names = new ArrayList<>();
        script.required().forEach(v -> names.add(ScriptCatalog.parameterOf(v)));
        script.optional().forEach(v -> names.add(ScriptCatalog.parameterOf(v)));
        names.removeAll(SET_BY_DEPLOY);
        return names;
    }
}
