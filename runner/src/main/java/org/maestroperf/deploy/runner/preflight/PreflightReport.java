package org.maestroperf.deploy.runner.preflight;

import java.util.List;

import org.maestroperf.deploy.runner.cluster.ApiInfo;

/** The outcome of pre-flight: what discovery found (null when the API was unreachable) and the problems. */
public record PreflightReport(ApiInfo api, List<PreflightProblem> problems) {

    public PreflightReport {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }
}
