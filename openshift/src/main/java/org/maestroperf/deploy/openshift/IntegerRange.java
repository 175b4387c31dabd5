package org.maestroperf.deploy.openshift;

import java.math.BigInteger;
import java.util.Map;

/**
 * The whole numbers an integer field of the Kubernetes API takes: its Go type's range (int32, int64),
 * narrowed where the API server's validation says more (replicas and counts are never negative, ports
 * are 1-65535, user and group IDs 0-2147483647, NodePorts in the default range 30000-32767).
 */
record IntegerRange(long min, long max) {

    static final IntegerRange INT32 = new IntegerRange(Integer.MIN_VALUE, Integer.MAX_VALUE);
    static final IntegerRange INT64 = new IntegerRange(Long.MIN_VALUE, Long.MAX_VALUE);

    private static final IntegerRange COUNT = new IntegerRange(0, Integer.MAX_VALUE);
    private static final IntegerRange PORT = new IntegerRange(1, 65535);
    private static final IntegerRange ID = new IntegerRange(0, Integer.MAX_VALUE);

    /** Fields whose API validation is narrower than their type, by property name. */
    private static final Map<String, IntegerRange> BY_NAME = Map.ofEntries(
            Map.entry("replicas", COUNT), Map.entry("parallelism", COUNT), Map.entry("completions", COUNT),
            Map.entry("backoffLimit", COUNT), Map.entry("ttlSecondsAfterFinished", COUNT),
            Map.entry("revisionHistoryLimit", COUNT), Map.entry("minReadySeconds", COUNT),
            Map.entry("activeDeadlineSeconds", new IntegerRange(1, Long.MAX_VALUE)),
            Map.entry("terminationGracePeriodSeconds", new IntegerRange(0, Long.MAX_VALUE)),
            Map.entry("port", PORT), Map.entry("targetPort", PORT), Map.entry("containerPort", PORT),
            Map.entry("hostPort", PORT), Map.entry("nodePort", new IntegerRange(30000, 32767)),
            Map.entry("runAsUser", ID), Map.entry("runAsGroup", ID), Map.entry("fsGroup", ID));

    /** The range of a field of that name and type range. */
    static IntegerRange of(String name, IntegerRange typeRange) {
        return BY_NAME.getOrDefault(name, typeRange);
    }

    /** Whether an integral value (Integer, Long or BigInteger) lies in the range. */
    boolean contains(Number value) {
        BigInteger n = value instanceof BigInteger big ? big : BigInteger.valueOf(value.longValue());
        return n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    /** "from 0 to 2147483647". */
    String describe() {
        return "from " + min + " to " + max;
    }
}
