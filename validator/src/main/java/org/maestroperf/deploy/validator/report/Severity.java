package org.maestroperf.deploy.validator.report;

/** How bad a finding is; ordered from worst to mildest. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
