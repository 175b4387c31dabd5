package org.maestroperf.deploy.pipeline;

import java.util.List;

import org.maestroperf.deploy.contract.GeneratedBundle;
import org.maestroperf.deploy.generator.profile.EffectiveProfile;
import org.maestroperf.deploy.validator.report.Report;
import org.maestroperf.deploy.validator.report.Severity;

/**
 * A rendered bundle and what validating it found: the value every generating entry point gets
 * from {@link Pipeline}, and refuses to use when it is not {@link #valid()}. The findings are
 * values in {@link #report()}; nothing is printed or thrown for them.
 *
 * @param profile the merged profile it was generated from
 * @param bundle  the rendered objects and the files they are written as
 * @param files   the component-folder files, as validated (a finding's line is its line in the file)
 * @param report  the validator's findings over those files
 */
public record CheckedBundle(EffectiveProfile profile, GeneratedBundle bundle, List<GeneratedBundle.ObjectFile> files,
                            Report report) {

    /**
     * Copies the list of files, so that the value does not change after it is made.
     *
     * @param profile the merged profile it was generated from
     * @param bundle  the rendered objects and the files they are written as
     * @param files   the component-folder files, as validated
     * @param report  the validator's findings over those files
     */
    public CheckedBundle {
        files = List.copyOf(files);
    }

    /**
     * No finding of severity error: the bundle may be written, published or applied.
     *
     * @return whether the bundle validated
     */
    public boolean valid() {
        return report.count(Severity.ERROR) == 0;
    }
}
