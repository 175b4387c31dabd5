package org.maestroperf.deploy.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.pipeline.GenerationRequest;

/** The parameters become the request the command line would make, paths taken from the project's directory. */
class GeneratingMojoTest {

    @TempDir
    Path project;

    private GenerateMojo mojo() {
        MavenProject model = new MavenProject();
        model.setFile(project.resolve("pom.xml").toFile());
        GenerateMojo mojo = new GenerateMojo();
        mojo.project = model;
        return mojo;
    }

    @Test
    void aProfileFileOfTheProjectIsNamedByItsPathAndABuiltInOneByItsName() throws Exception {
        Files.createDirectories(project.resolve("src/maestro"));
        Files.writeString(project.resolve("src/maestro/lab.yaml"), "extends: [okd-mosquitto]\n");
        GenerateMojo mojo = mojo();
        mojo.profiles = List.of("okd-mosquitto", "src/maestro/lab.yaml");

        assertThat(mojo.request().profiles())
                .containsExactly("okd-mosquitto", project.resolve("src/maestro/lab.yaml").toString());
    }

    @Test
    void testCasesTemplatesAndScriptsAreTheProjectsFolders() {
        GenerateMojo mojo = mojo();
        mojo.profiles = List.of("kubernetes-mosquitto");
        mojo.sets = List.of("worker.replicas=4");
        mojo.testCases = List.of(new File("src/maestro/testcases"));
        mojo.templates = new File("src/maestro/templates");
        mojo.scripts = new File("src/maestro/scripts with a space");

        GenerationRequest request = mojo.request();

        assertThat(request.testCases()).containsExactly(project.resolve("src/maestro/testcases"));
        assertThat(request.templates()).isEqualTo(project.resolve("src/maestro/templates"));
        assertThat(request.sets()).containsExactly("worker.replicas=4",
                "client.scripts=\"" + project.resolve("src/maestro/scripts with a space") + "\"");
    }
}
