package org.maestroperf.deploy.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maestroperf.deploy.openshift.PublishedTemplate;
import org.maestroperf.deploy.openshift.TreeReader;

/**
 * output/templates holds exactly the Templates the code publishes today: fails on any drift. Refresh
 * with {@code output/refresh} (or {@code ./maestro-deploy template --output-dir output/templates}) and review the diff.
 */
class PublishedTemplatesTest {

    private static final Path TEMPLATES = Path.of("..", "output", "templates");
    private static final String REFRESH = "; run output/refresh (or ./maestro-deploy template --output-dir output/templates)"
            + " and review the diff";

    static Stream<String> combinations() {
        return TemplatePublisher.PUBLISHED.stream();
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void publishedTemplateIsWhatTheCodeMakes(String combination) throws IOException {
        Path file = TEMPLATES.resolve(combination + ".yaml");
        assertThat(file).as("output/templates/%s.yaml is missing%s", combination, REFRESH).isRegularFile();
        PublishedTemplate template = TemplatePublisher.publish(Pipeline.render(GenerationRequest.of(combination)));
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("output/templates/%s.yaml drifted from the code%s", combination, REFRESH)
                .isEqualTo(TemplatePublisher.publishedFile(combination, template));
        assertThat(template.findings()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void publishedFileReadsBackAsTheSameTemplate(String combination) throws IOException {
        Object reread = TreeReader.readOne(combination, Files.readString(TEMPLATES.resolve(combination + ".yaml")));
        PublishedTemplate template = TemplatePublisher.publish(Pipeline.render(GenerationRequest.of(combination)));
        assertThat(reread).isEqualTo(template.tree());
        assertThat(((Map<?, ?>) ((Map<?, ?>) reread).get("metadata")).get("name")).isEqualTo(
                combination.endsWith("activemq") ? "maestro-activemq" : "maestro-mosquitto");
    }

    @Test
    void nothingElseLivesInOutputTemplates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .as("output/templates holds one file per published combination")
                    .containsExactlyElementsOf(TemplatePublisher.PUBLISHED.stream().map(c -> c + ".yaml").sorted().toList());
        }
    }
}
