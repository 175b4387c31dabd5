package org.maestroperf.deploy.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maestroperf.deploy.validator.report.Report;

/** The generated directories and Templates committed under output/ validate clean as whole directories. */
class GeneratedOutputTest {

    private static Report validate(String... paths) {
        return new Validator(ValidationOptions.defaults()).validateInputs(List.of(paths), InputStream.nullInputStream());
    }

    private static String output(String... more) {
        return Path.of("..").resolve(Path.of("output", more)).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kubernetes-activemq", "kubernetes-mosquitto", "okd-activemq", "okd-mosquitto",
            "openshift-activemq", "openshift-mosquitto"})
    void aGeneratedDirectoryIsReadAsItsBundleAndCommands(String combination) {
        Report report = validate(output(combination));
        assertThat(report.findings()).isEmpty();
        assertThat(report.files()).as("bundle.yaml, commands/stop.yaml, commands/unassign.yaml").isEqualTo(3);
        assertThat(report.objects()).isGreaterThan(10);
    }

    @Test
    void aFileInsideAGeneratedDirectoryIsStillReadWhenNamed() {
        Report report = validate(output("kubernetes-mosquitto", "broker", "broker-deployment.yaml"),
                output("kubernetes-mosquitto", "broker", "broker-config.yaml"));
        assertThat(report.files()).isEqualTo(2);
        assertThat(report.objects()).isEqualTo(2);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void theAlternativeTemplatesValidateCleanTogether() {
        Report report = validate(output("templates"));
        assertThat(report.files()).isEqualTo(4);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void generatedBundlesSideBySideAreAlternativesNotDuplicates() {
        // six bundles and four Templates, each naming the same objects
        Report report = validate(output());
        assertThat(report.files()).isEqualTo(6 * 3 + 4);
        assertThat(report.findings()).isEmpty();
    }
}
