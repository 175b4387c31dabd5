package org.maestroperf.deploy.runner;

import java.util.List;

import org.maestroperf.deploy.runner.results.TestCaseResult;

/** What a run did: its outcome, the test cases run so far, and the lines explaining an early stop. */
public record RunReport(RunOutcome outcome, List<TestCaseResult> results, List<String> messages) {

    public RunReport {
        results = List.copyOf(results);
        messages = List.copyOf(messages);
    }
}
