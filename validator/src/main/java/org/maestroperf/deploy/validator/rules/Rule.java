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

    public abstract String id();

    public abstract Severity severity();

    public abstract String summary();

    /** Rules off by default are turned on with {@code --enable ID}. */
    public boolean enabledByDefault() {
        return true;
    }

    public abstract List<Finding> check(Bundle bundle);

    /** A finding of this rule at a field of an object. */
    protected Finding finding(Manifest m, String pointer, String message) {
        int[] pos = Pointers.position(m.root(), pointer);
        return new Finding(m.file(), pos[0], pos[1], m.pointer() + pointer, severity(), id(),
                m.describe() + ": " + message);
    }
}
