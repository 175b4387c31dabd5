package org.maestroperf.deploy.runner.results;

import java.time.Duration;

import org.maestroperf.deploy.runner.watch.Verdict;

/** One test case's line in the summary. */
public record TestCaseResult(String name, String job, Verdict verdict, int attempts, Duration duration,
                             String reason) {
}
