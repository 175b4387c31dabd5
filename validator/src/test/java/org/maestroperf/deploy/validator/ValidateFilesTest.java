package org.maestroperf.deploy.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Report;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.schema.KubernetesVersion;

/** The library's way in: paths in, a report out, options changed one at a time. */
class ValidateFilesTest {

    @TempDir
    Path dir;

    private static final String MISSPELT = """
            apiVersion: v1
            kind: Service
            metadata: {name: broker}
            spec:
              ports:
                - port: 1883
                  targtPort: 1883
            """;

    @Test
    void aFolderIsSearchedAndAFindingNamesItsFileLineAndColumn() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/service.yaml"), MISSPELT);

        Report report = new Validator(ValidationOptions.defaults()).validateFiles(List.of(dir));

        assertThat(report.files()).isEqualTo(1);
        assertThat(report.fails(Severity.ERROR)).isTrue();
        Finding finding = report.findings().get(0);
        assertThat(finding.file()).isEqualTo(dir.resolve("sub/service.yaml").toString());
        assertThat(finding.line()).isEqualTo(7);
        assertThat(finding.column()).isEqualTo(7);
        assertThat(finding.message()).contains("targtPort");
    }

    @Test
    void aSkippedCheckFindsNothingAndTheOriginalOptionsStayAsTheyWere() throws Exception {
        Path file = Files.writeString(dir.resolve("service.yaml"), MISSPELT);
        ValidationOptions strict = ValidationOptions.defaults();
        ValidationOptions lenient = strict.withStrict(false).withKubernetesVersion(KubernetesVersion.parse("1.30"));

        assertThat(new Validator(lenient).validateFiles(List.of(file)).findings())
                .noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(new Validator(strict.withSkip(Set.of("schema"))).validateFiles(List.of(file)).findings())
                .noneMatch(f -> f.rule().equals("schema"));
        assertThat(strict).isEqualTo(ValidationOptions.defaults());
    }

    @Test
    void aPathNamedLikeStdinIsAFile() throws Exception {
        Files.writeString(dir.resolve("-"), MISSPELT);
        assertThatThrownBy(() -> new Validator(ValidationOptions.defaults()).validateFiles(List.of(Path.of("-"))))
                .isInstanceOf(UserException.class).hasMessageContaining("./-: no such file");
    }
}
