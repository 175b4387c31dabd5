package org.maestroperf.deploy.runner;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code run} behaves.
 *
 * @param dryRun     only a server-side dry run: the API server validates every object, nothing is changed or run
 * @param timeout    bound for the whole run; null for none
 * @param failFast   stop at the first failed test case
 * @param keep       leave a stuck, timed-out or interrupted client Job and its pods in place
 * @param resultsDir where results go (logs, pod status, events, reports, summary.json, junit.xml); null for nowhere
 */
public record RunOptions(boolean dryRun, Duration timeout, boolean failFast, boolean keep, Path resultsDir) {
}
