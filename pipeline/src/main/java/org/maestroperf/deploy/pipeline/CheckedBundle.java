package org.maestroperf.deploy.pipeline;

import java.util.List;

import org.maestroperf.deploy.contract.GeneratedBundle;
import org.maestroperf.deploy.generator.profile.EffectiveProfile;
import org.maestroperf.deploy.validator.report.Report;
import org.maestroperf.deploy.validator.report.Severity;

/**
 * A rendered bundle and what validating it found: the value every generating entry point gets
 * from {@link Pipeline}, and refuses to use when it is not {@link #valid()}.
 *
 * @param profile the merged profile it was generated from
 * @param bundle  the rendered objects and the files they are written as
 * @param files   the component-folder files, as validated (a finding's line is its line in the file)
 * @param report  the validator's findings over those files
 */
public record CheckedBundle(EffectiveProfile profile, GeneratedBundle bundle, List<GeneratedBundle.ObjectFile> files,
                            Report report) {

    /** No finding of severity error: the bundle may be written, published or applied. */
    public boolean valid() {
        return report.count(Severity.ERROR) == 0;
    }
}
