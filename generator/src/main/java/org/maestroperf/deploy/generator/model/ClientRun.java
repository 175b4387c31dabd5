package org.maestroperf.deploy.generator.model;

import java.util.Map;

import org.maestroperf.deploy.script.Script;
import org.maestroperf.deploy.generator.testcase.TestCase;

/**
 * One test case made concrete: its ConfigMap data and the client pod that runs it.
 *
 * @param testCase      as written
 * @param script        the script it runs
 * @param name          the client Job's (or Pod's) name
 * @param configMapName the test case ConfigMap's name
 * @param data          the ConfigMap's data: upstream's keys (testCase, sendReceiveUrl, ...)
 * @param workload      the client pod: its env has MAESTRO_BROKER and one configMapKeyRef per data key,
 *                      its labels the test case label
 * @param activeDeadlineSeconds how long the client Job may run, all attempts together, before
 *                      Kubernetes stops it as failed (see {@link ClientRunBuilder})
 */
public record ClientRun(TestCase testCase, Script script, String name, String configMapName,
                        Map<String, String> data, Workload workload, long activeDeadlineSeconds) {

    /** The label that ties a test case's objects together (the runner finds them by it). */
    public static final String TESTCASE_LABEL = "maestro-deploy/testcase";
}
