package org.maestroperf.deploy.runner.preflight;

import java.util.List;

/** One pre-flight check; returns its problems (none when the cluster is fit). */
public interface PreflightCheck {

    List<PreflightProblem> check(PreflightContext context);
}
