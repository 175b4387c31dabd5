package org.maestroperf.deploy.validator.report;

/** How bad a finding is; ordered from worst to mildest. */
public enum Severity {
    /** The object is refused by the API server, or the bundle does not work. */
    ERROR,
    /** It works, but not as well as it should (no resources, a floating tag, ...). */
    WARNING;

    /**
     * The severity as reports spell it.
     *
     * @return {@code error} or {@code warning}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
