package org.maestroperf.deploy.runner;

import java.util.List;

import org.maestroperf.deploy.runner.results.TestCaseResult;

/**
 * What a run did: its outcome, the test cases run so far, and the lines explaining an early stop.
 *
 * @param outcome  how the run ended as a whole
 * @param results  one per test case run, in order
 * @param messages why the run stopped early (pre-flight problems, a timeout, an API error), empty otherwise
 */
public record RunReport(RunOutcome outcome, List<TestCaseResult> results, List<String> messages) {

    /**
     * Copies the lists.
     *
     * @param outcome  how the run ended as a whole
     * @param results  one per test case run, in order
     * @param messages why the run stopped early, empty otherwise
     */
    public RunReport {
        results = List.copyOf(results);
        messages = List.copyOf(messages);
    }
}
