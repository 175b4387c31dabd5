package org.maestroperf.deploy.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;

/** Positions as Maven's compiler writes them, so that IDEs and CI link each line to its place. */
class MavenMessagesTest {

    @Test
    void aProblemsLeadingPositionIsWrittenInMavensForm() {
        assertThat(MavenMessages.problem("/p/lab.yaml:3:5: worker.replics: unknown key"))
                .isEqualTo("/p/lab.yaml:[3,5] worker.replics: unknown key");
    }

    @Test
    void aWindowsDriveLetterIsPartOfTheFile() {
        assertThat(MavenMessages.problem("C:\\p\\lab.yaml:12:1: invalid YAML: x: 1:2"))
                .isEqualTo("C:\\p\\lab.yaml:[12,1] invalid YAML: x: 1:2");
    }

    @Test
    void aProblemWithoutPositionIsLeftAsItIs() {
        assertThat(MavenMessages.problem("--set worker.replicas: expected KEY=VALUE"))
                .isEqualTo("--set worker.replicas: expected KEY=VALUE");
    }

    @Test
    void aFindingNamesFilePositionSeverityAndRule() {
        assertThat(MavenMessages.finding(new Finding("k8s/svc.yaml", 9, 7, "/spec", Severity.ERROR, "schema", "unknown field")))
                .isEqualTo("k8s/svc.yaml:[9,7] error schema unknown field");
        assertThat(MavenMessages.finding(new Finding("k8s/svc.yaml", 0, 0, "", Severity.WARNING, "x", "m")))
                .isEqualTo("k8s/svc.yaml warning x m");
    }
}
