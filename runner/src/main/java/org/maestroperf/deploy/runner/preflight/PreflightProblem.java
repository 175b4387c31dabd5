package org.maestroperf.deploy.runner.preflight;

/** One reason the run cannot succeed on this cluster, with what to do about it. */
public record PreflightProblem(String check, String message, String fix) {

    /** The one line shown to the user. */
    public String line() {
        return check + ": " + message + " (fix: " + fix + ")";
    }
}
