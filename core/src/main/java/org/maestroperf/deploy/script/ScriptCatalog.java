package org.maestroperf.deploy.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The singlepoint scripts the Maestro client image ships, with the variables each reads (from the
 * scripts' own code: upstream reference, section 5.4), and the image's own environment. The one
 * place that knows them.
 */
public final class ScriptCatalog {

    /** Where the client image keeps its bundled scripts. */
    public static final String IMAGE_SCRIPTS = "/opt/maestro/maestro-cli/scripts/singlepoint/";

    /** Report metadata every script reads when set. */
    public static final List<String> METADATA = List.of(
            "TEST_DESCRIPTION", "TEST_COMMENTS", "TEST_NAME", "TEST_TAGS", "LAB_NAME",
            "SUT_ID", "SUT_NAME", "SUT_VERSION", "SUT_JVM_VERSION", "SUT_OTHER_INFO", "SUT_TAGS");

    /** ENV defaults of the maestroperf/maestro-client image: they fill in for unset variables. */
    public static final Map<String, String> IMAGE_DEFAULTS = Map.of(
            "MAESTRO_BROKER", "mqtt://broker:1883",
            "SEND_RECEIVE_URL", "amqp://sut:5672/test.performance.queue",
            "MESSAGE_SIZE", "256",
            "TEST_DURATION", "90s",
            "RATE", "0",
            "PARALLEL_COUNT", "2");

    /** Variables the client container reads outside the scripts (which script, JVM options, debugger). */
    public static final List<String> CLIENT_CONTAINER = List.of("TEST_CASE", "JAVA_OPTS", "MAESTRO_DEBUG");

    private static final List<String> COMMON_REQUIRED = List.of(
            "MAESTRO_BROKER", "SEND_RECEIVE_URL", "MESSAGE_SIZE", "TEST_DURATION");
    private static final List<String> FIXED_RATE_REQUIRED = plus(COMMON_REQUIRED, "RATE", "PARALLEL_COUNT");
    private static final List<String> COMMON_OPTIONAL = List.of(
            "LOG_LEVEL", "MAXIMUM_LATENCY", "MANAGEMENT_INTERFACE", "INSPECTOR_NAME",
            "DISTRIBUTION_STRATEGY", "ENDPOINT_RESOLVER_NAME");
    private static final List<String> INCREMENTAL_OPTIONAL = List.of(
            "LOG_LEVEL", "MANAGEMENT_INTERFACE", "INSPECTOR_NAME", "DISTRIBUTION_STRATEGY", "ENDPOINT_RESOLVER_NAME");

    private static final Map<String, Script> IMAGE_SCRIPTS_BY_NAME = Map.of(
            "FixedRateTest", image("FixedRateTest", FIXED_RATE_REQUIRED, plus(COMMON_OPTIONAL, "WARM_UP")),
            "FixedRateTestWithAgent", image("FixedRateTestWithAgent", FIXED_RATE_REQUIRED,
                    plus(COMMON_OPTIONAL, "EXT_POINT_SOURCE", "EXT_POINT_BRANCH", "EXT_POINT_COMMAND")),
            "IncrementalTest", image("IncrementalTest",
                    plus(COMMON_REQUIRED, "INITIAL_RATE", "CEILING_RATE", "RATE_INCREMENT", "INITIAL_PARALLEL_COUNT",
                            "CEILING_PARALLEL_COUNT", "PARALLEL_COUNT_INCREMENT", "MAXIMUM_LATENCY"),
                    INCREMENTAL_OPTIONAL),
            "FairIncrementalTest", image("FairIncrementalTest",
                    plus(COMMON_REQUIRED, "COMBINED_INITIAL_RATE", "COMBINED_CEILING_RATE", "INITIAL_PARALLEL_COUNT",
                            "CEILING_PARALLEL_COUNT", "PARALLEL_COUNT_INCREMENT", "STEPS", "MAXIMUM_LATENCY"),
                    INCREMENTAL_OPTIONAL),
            "FlexibleTest", image("FlexibleTest",
                    List.of("MAESTRO_BROKER", "SEND_RECEIVE_URL", "SOURCE_URL", "TEST_DURATION"),
                    List.of("SOURCE_BRANCH", "TEST_PARAMS", "LOG_LEVEL")));

    /**
     * The form of each variable the scripts parse (upstream reference, section 5.4: Integer.parseInt,
     * TestDurationBuilder, MessageSize); a variable not named here is text to them.
     */
    private static final Map<String, ParameterType> TYPES = new java.util.HashMap<>();

    static {
        typed(ParameterType.URL, "MAESTRO_BROKER", "SEND_RECEIVE_URL", "MANAGEMENT_INTERFACE");
        typed(ParameterType.SIZE, "MESSAGE_SIZE");
        typed(ParameterType.DURATION, "TEST_DURATION");
        typed(ParameterType.INTEGER, "RATE", "PARALLEL_COUNT", "MAXIMUM_LATENCY", "INITIAL_RATE", "CEILING_RATE",
                "RATE_INCREMENT", "INITIAL_PARALLEL_COUNT", "CEILING_PARALLEL_COUNT", "PARALLEL_COUNT_INCREMENT",
                "COMBINED_INITIAL_RATE", "COMBINED_CEILING_RATE", "STEPS");
        typed(ParameterType.BOOLEAN, "WARM_UP");
    }

    private ScriptCatalog() {
    }

    /** How the image's scripts read a variable ({@link ParameterType#STRING} for text and unknown ones). */
    public static ParameterType typeOf(String variable) {
        return TYPES.getOrDefault(variable, ParameterType.STRING);
    }

    /** The image's script of that name, if it ships one. */
    public static Optional<Script> imageScript(String name) {
        return Optional.ofNullable(IMAGE_SCRIPTS_BY_NAME.get(name));
    }

    /**
     * The image's script a path names by its file name ({@code /test-scripts/FixedRateTest.groovy}, the
     * {@code .groovy} optional), placed at that path; empty for any other script.
     */
    public static Optional<Script> imageScriptAt(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        String name = file.endsWith(".groovy") ? file.substring(0, file.length() - ".groovy".length()) : file;
        return imageScript(name).map(s -> new Script(s.name(), path, s.required(), s.optional(), true));
    }

    /** Names of the image's scripts, sorted. */
    public static List<String> imageScriptNames() {
        return IMAGE_SCRIPTS_BY_NAME.keySet().stream().sorted().toList();
    }

    /** The image's scripts, sorted by name. */
    public static List<Script> imageScripts() {
        return imageScriptNames().stream().map(IMAGE_SCRIPTS_BY_NAME::get).toList();
    }

    /** A test case parameter name ({@code sendReceiveUrl}) as its variable ({@code SEND_RECEIVE_URL}). */
    public static String variableOf(String parameter) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parameter.length(); i++) {
            char c = parameter.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** A variable ({@code SEND_RECEIVE_URL}) as its test case parameter name ({@code sendReceiveUrl}). */
    public static String parameterOf(String variable) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : variable.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static Script image(String name, List<String> required, List<String> optional) {
        List<String> allOptional = Stream.concat(optional.stream(), METADATA.stream()).toList();
        return new Script(name, IMAGE_SCRIPTS + name + ".groovy", required, allOptional, true);
    }

    private static void typed(ParameterType type, String... variables) {
        for (String variable : variables) {
            TYPES.put(variable, type);
        }
    }

    private static List<String> plus(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
