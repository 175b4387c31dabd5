package org.maestroperf.deploy.runner;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code run} behaves.
 *
 * @param timeout    bound for the whole run; null for none
 * @param resultsDir where results go; null for nowhere
 */
public record RunOptions(boolean dryRun, Duration timeout, boolean failFast, boolean keep, Path resultsDir) {
}
