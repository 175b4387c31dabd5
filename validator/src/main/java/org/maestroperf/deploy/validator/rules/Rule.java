package org.maestroperf.deploy.validator.rules;

import java.util.List;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Pointers;

/**
 * A check beyond the schema: a pure function from the whole set of objects to findings. Each rule
 * has an id (for {@code --skip}/{@code --enable} and the docs), a severity and a one-line summary.
 */
public abstract class Rule {

    /** Passed by a rule that {@code --enable ID} turns on. */
    protected static final boolean OFF_BY_DEFAULT = false;

    private final String id;
    private final Severity severity;
    private final String summary;
    private final boolean enabledByDefault;

    protected Rule(String id, Severity severity, String summary) {
        this(id, severity, summary, true);
    }

    protected Rule(String id, Severity severity, String summary, boolean enabledByDefault) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
        this.enabledByDefault = enabledByDefault;
    }

    public final String id() {
        return id;
    }

    public final Severity severity() {
        return severity;
    }

    public final String summary() {
        return summary;
    }

    /** Rules off by default are turned on with {@code --enable ID}. */
    public final boolean enabledByDefault() {
        return enabledByDefault;
    }

    public abstract List<Finding> check(ManifestSet manifests);

    /** A finding of this rule at a field of an object. */
    protected Finding finding(Manifest m, String pointer, String message) {
        int[] pos = Pointers.position(m.root(), pointer);
        return new Finding(m.file(), pos[0], pos[1], m.pointer() + pointer, severity(), id(),
                m.describe() + ": " + message);
    }
}
