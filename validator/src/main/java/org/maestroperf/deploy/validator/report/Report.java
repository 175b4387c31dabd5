package org.maestroperf.deploy.validator.report;

import java.util.List;

/**
 * The outcome of one validation run: findings in report order, how many inputs and objects were read.
 *
 * @param findings every finding, in report order
 * @param files    how many files (or other inputs) were read
 * @param objects  how many objects they held
 */
public record Report(List<Finding> findings, int files, int objects) {

    /**
     * Copies the findings.
     *
     * @param findings every finding, in report order
     * @param files    how many files were read
     * @param objects  how many objects they held
     */
    public Report {
        findings = List.copyOf(findings);
    }

    /**
     * How many findings have a severity.
     *
     * @param s the severity
     * @return their number
     */
    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /**
     * One line for the report.
     *
     * @return {@code 12 objects in 3 files: 2 errors, 1 warning}
     */
    public String summary() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        return objects + " object" + (objects == 1 ? "" : "s") + " in " + files + " file" + (files == 1 ? "" : "s")
                + ": " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
    }

    /**
     * Whether the run fails: any error, or any warning when warnings fail too.
     *
     * @param failOn the mildest severity that fails
     * @return whether a finding is that bad or worse
     */
    public boolean fails(Severity failOn) {
        return findings.stream().anyMatch(f -> f.severity().compareTo(failOn) <= 0);
    }
}
