package org.maestroperf.deploy.runner.results;

import java.time.Duration;

import org.maestroperf.deploy.runner.watch.Verdict;

/**
 * One test case's line in the summary.
 *
 * @param name     the test case
 * @param job      the name of the client Job that ran it
 * @param verdict  how it ended
 * @param attempts how many client pods ran
 * @param duration from start to verdict
 * @param reason   why it did not pass, null when it did
 */
public record TestCaseResult(String name, String job, Verdict verdict, int attempts, Duration duration,
                             String reason) {
}
