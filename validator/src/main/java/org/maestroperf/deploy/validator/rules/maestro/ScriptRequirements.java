package org.maestroperf.deploy.validator.rules.maestro;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The environment each Maestro singlepoint test script reads (maestro-test-scripts, upstream
 * reference section 5.4): required variables make the script exit 1 when unset. Also the defaults
 * the maestro-client image sets, which fill in for unset variables.
 *
 * <p>A private copy for the validator; the generator's ScriptCatalog holds the same table.
 */
public final class ScriptRequirements {

    /** What one script reads. */
    public record Script(String name, Set<String> required, Set<String> optional) {
        /** Every variable the script reads. */
        public Set<String> reads() {
            Set<String> all = new TreeSet<>(required);
            all.addAll(optional);
            return all;
        }
    }

    private static final Set<String> METADATA = Set.of("TEST_DESCRIPTION", "TEST_COMMENTS", "TEST_NAME", "TEST_TAGS",
            "LAB_NAME", "SUT_ID", "SUT_NAME", "SUT_VERSION", "SUT_JVM_VERSION", "SUT_OTHER_INFO", "SUT_TAGS");
    private static final Set<String> COMMON = Set.of("MAESTRO_BROKER", "SEND_RECEIVE_URL", "MESSAGE_SIZE", "TEST_DURATION");
    private static final Set<String> INCREMENTAL_OPTIONAL = union(Set.of("LOG_LEVEL", "MANAGEMENT_INTERFACE",
            "INSPECTOR_NAME", "DISTRIBUTION_STRATEGY", "ENDPOINT_RESOLVER_NAME"), METADATA);
    private static final Set<String> FIXED_RATE_OPTIONAL = union(Set.of("LOG_LEVEL", "MAXIMUM_LATENCY",
            "MANAGEMENT_INTERFACE", "INSPECTOR_NAME", "WARM_UP", "DISTRIBUTION_STRATEGY", "ENDPOINT_RESOLVER_NAME"), METADATA);

    private static final Map<String, Script> SCRIPTS = Map.of(
            "FixedRateTest", new Script("FixedRateTest", union(COMMON, Set.of("RATE", "PARALLEL_COUNT")), FIXED_RATE_OPTIONAL),
            "FixedRateTestWithAgent", new Script("FixedRateTestWithAgent", union(COMMON, Set.of("RATE", "PARALLEL_COUNT")),
                    union(minus(FIXED_RATE_OPTIONAL, "WARM_UP"), Set.of("EXT_POINT_SOURCE", "EXT_POINT_BRANCH", "EXT_POINT_COMMAND"))),
            "IncrementalTest", new Script("IncrementalTest", union(COMMON, Set.of("INITIAL_RATE", "CEILING_RATE", "RATE_INCREMENT",
                    "INITIAL_PARALLEL_COUNT", "CEILING_PARALLEL_COUNT", "PARALLEL_COUNT_INCREMENT", "MAXIMUM_LATENCY")),
                    INCREMENTAL_OPTIONAL),
            "FairIncrementalTest", new Script("FairIncrementalTest", union(COMMON, Set.of("COMBINED_INITIAL_RATE",
                    "COMBINED_CEILING_RATE", "INITIAL_PARALLEL_COUNT", "CEILING_PARALLEL_COUNT", "PARALLEL_COUNT_INCREMENT",
                    "STEPS", "MAXIMUM_LATENCY")), INCREMENTAL_OPTIONAL),
            "FlexibleTest", new Script("FlexibleTest", Set.of("MAESTRO_BROKER", "SEND_RECEIVE_URL", "SOURCE_URL", "TEST_DURATION"),
                    union(Set.of("SOURCE_BRANCH", "TEST_PARAMS", "LOG_LEVEL"), METADATA)));

    /** ENV defaults of the maestroperf/maestro-client image. */
    public static final Map<String, String> CLIENT_IMAGE_DEFAULTS = Map.of(
            "MAESTRO_BROKER", "mqtt://broker:1883",
            "SEND_RECEIVE_URL", "amqp://sut:5672/test.performance.queue",
            "MESSAGE_SIZE", "256",
            "TEST_DURATION", "90s",
            "RATE", "0",
            "PARALLEL_COUNT", "2");

    /** Variables the client container uses outside the scripts. */
    public static final Set<String> CLIENT_CONTAINER = Set.of("TEST_CASE", "JAVA_OPTS", "MAESTRO_DEBUG");

    private ScriptRequirements() {
    }

    /** The script a test case path names ({@code /test-scripts/FixedRateTest.groovy}), if it is a known one. */
    public static Optional<Script> forTestCase(String path) {
        String base = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.groovy$", "");
        return Optional.ofNullable(SCRIPTS.get(base));
    }

    public static List<Script> all() {
        return List.copyOf(new java.util.TreeMap<>(SCRIPTS).values());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    private static Set<String> minus(Set<String> a, String b) {
        Set<String> out = new TreeSet<>(a);
        out.remove(b);
        return Set.copyOf(out);
    }
}
