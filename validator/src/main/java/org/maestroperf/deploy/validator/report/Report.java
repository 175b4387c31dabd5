package org.maestroperf.deploy.validator.report;

import java.util.List;

/** The outcome of one validation run: findings in report order, how many inputs and objects were read. */
public record Report(List<Finding> findings, int files, int objects) {

    public Report {
        findings = List.copyOf(findings);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** {@code 12 objects in 3 files: 2 errors, 1 warning}. */
    public String summary() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        return objects + " object" + (objects == 1 ? "" : "s") + " in " + files + " file" + (files == 1 ? "" : "s")
                + ": " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
    }

    /** Whether the run fails: any error, or any warning when warnings fail too. */
    public boolean fails(Severity failOn) {
        return findings.stream().anyMatch(f -> f.severity().compareTo(failOn) <= 0);
    }
}
