package org.maestroperf.deploy.runner.watch;

import java.util.List;

/** The run cannot go on: the deadline passed, the cluster failed us, or the user interrupted. */
public final class RunAborted extends RuntimeException {

    /** Why a run stopped early; each maps to its own exit code. */
    public enum Reason { TIMEOUT, INFRASTRUCTURE, INTERRUPTED }

    private final Reason reason;
    private final List<String> details;

    public RunAborted(Reason reason, String message, List<String> details) {
        super(message);
        this.reason = reason;
        this.details = List.copyOf(details);
    }

    public Reason reason() {
        return reason;
    }

    /** Supporting lines: events, last log lines. */
    public List<String> details() {
        return details;
    }
}
