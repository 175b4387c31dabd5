package org.maestroperf.deploy.runner.watch;

/** How a test case ended. */
public enum Verdict {
    /** The client exited 0. */
    PASSED,
    /** The client exited non-zero on every attempt the Job allowed. */
    FAILED,
    /** The client could not run: image pull, unschedulable, bad config, crash loop. */
    ERROR,
    /** The run's deadline passed first. */
    TIMEOUT
}
