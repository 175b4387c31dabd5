package org.maestroperf.deploy.runner;

/** The overall end of a run; the CLI maps each to an exit code. */
public enum RunOutcome {
    /** Every test case passed (or nothing to run, e.g. a dry run). */
    PASSED,
    /** At least one test case failed. */
    FAILED,
    /** The --timeout passed. */
    TIMEOUT,
    /** Pre-flight, the infrastructure or a client pod could not work (image pull, unschedulable, API errors). */
    INFRASTRUCTURE,
    /** The user interrupted the run. */
    INTERRUPTED
}
