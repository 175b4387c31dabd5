package org.maestroperf.deploy.cli;

/** The process exit codes of every command, decided here and nowhere else. */
public final class ExitCode {
    /** Success: generated, valid, or every test case passed. */
    public static final int OK = 0;
    /** Validation errors, or a test case failed. */
    public static final int FAILED = 1;
    /** {@code diff}: the two sides differ (as kubectl diff); {@code run --diff}: stopped before applying them. */
    public static final int DIFFERENCES = 1;
    /** Usage error, bad input or an I/O error. */
    public static final int USAGE = 2;
    /** The run exceeded its --timeout. */
    public static final int TIMEOUT = 3;
    /** Cluster or infrastructure problem: pre-flight, image pull, unschedulable, API errors. */
    public static final int INFRASTRUCTURE = 4;
    /** A bug in maestro-deploy (an unexpected exception). */
    public static final int INTERNAL = 70;
    /** Interrupted by the user (Ctrl-C). */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
