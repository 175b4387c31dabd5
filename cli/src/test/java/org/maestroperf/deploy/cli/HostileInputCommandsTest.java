package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.hostile.HostileInputs;

/**
 * The hostile shapes of the fuzzing run through the commands (bench/hostile.sh times the same corpus
 * through the packaged jar): each ends in its exit code with one line, never a stack trace.
 */
class HostileInputCommandsTest {

    @TempDir
    Path dir;

    private final HostileInputs inputs = new HostileInputs(11);

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    /** One line on stderr, saying {@code message}. */
    private static void refused(CommandRun run, int code, String message) {
        assertThat(run.code()).as(run.err()).isEqualTo(code);
        assertThat(run.err().lines()).singleElement().asString().startsWith("error: ").contains(message);
    }

    @Test
    void processHasValidatesInputLimits() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")), "no /dev/zero here");
        refused(run("process", "/dev/zero"), ExitCode.USAGE, "/dev/zero: input is larger than the limit of 67108864 bytes; refused");
        String small = write("small.yaml", "apiVersion: template.openshift.io/v1\nkind: Template\nmetadata: {name: t}\nobjects: []\n");
        refused(run("process", small, "--param-file", "/dev/zero"), ExitCode.USAGE, "/dev/zero: input is larger than the limit");
        String recursive = write("recursive.yaml", inputs.templateWithRecursiveAlias());
        refused(run("process", recursive), ExitCode.USAGE, recursive + ":6:3: an alias refers to a collection that contains it");
        String big = write("big.yaml", inputs.templateOfReferences(2_000, 1 << 20));
        refused(run("process", big), ExitCode.USAGE, big + ": its parameters expand the objects to more than 16777216 characters");
    }

    @Test
    void validateBoundsTheWorkOfWhatItReads() throws IOException {
        assertThat(run("validate", write("map.yaml", inputs.configMapOfKeys(100_000))).code()).isEqualTo(ExitCode.OK);
        // read in linear time, and then judged as the API server would: data over 1 MiB is refused
        CommandRun line = run("validate", write("line.yaml", inputs.longLineValue(4 << 20)));
        assertThat(line.code()).isEqualTo(ExitCode.FAILED);
        assertThat(line.out()).contains(" error server-data-size ").doesNotContain("yaml-syntax");
        CommandRun template = run("validate", write("template.yaml", inputs.templateOfReferences(40_000, 20_000)));
        assertThat(template.code()).isEqualTo(ExitCode.FAILED);
        assertThat(template.out()).contains(" error template-too-large the Template's parameter defaults expand its objects");
        CommandRun merges = run("validate", write("merges.yaml", inputs.mergeKeys(99, 5_000)));
        assertThat(merges.code()).isEqualTo(ExitCode.FAILED);
        assertThat(merges.out()).contains("merges.yaml:1:1 error document-too-large");
    }

    @Test
    void validateReadsWhatKubeconformReadsAndRefusesAnEmptyPath() throws Exception {
        Path fifo = dir.resolve("helm-template");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
        Process writer = new ProcessBuilder("sh", "-c", "printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: a}\\n' > "
                + fifo).start();
        CommandRun piped = run("validate", fifo.toString());
        assertThat(writer.waitFor()).isZero();
        assertThat(piped.code()).as(piped.err()).isEqualTo(ExitCode.OK);
        assertThat(piped.out()).startsWith("1 object in 1 file: 0 errors");
        assertThat(run("validate", "/dev/null").code()).isEqualTo(ExitCode.OK);
        refused(run("validate", ""), ExitCode.USAGE, "'': an empty path names no file (. is the current directory)");
    }

    @Test
    void schemaImportOfAHostileDocumentIsOneLine() throws IOException {
        refused(run("schemas", "import", "--openapi", write("diamond.json", inputs.openApiDiamond(40)), "--out",
                dir.resolve("p1").toString()), ExitCode.USAGE, "with its references inlined its schema has more than 500000 nodes");
        refused(run("schemas", "import", "--openapi", write("chain.json", inputs.openApiReferenceChain(20_000)), "--out",
                dir.resolve("p2").toString()), ExitCode.USAGE, "its references nest more than 100 definitions deep");
        for (Map.Entry<String, String> doc : inputs.malformedOpenApi().entrySet()) {
            String file = write(doc.getKey() + ".json", doc.getValue());
            refused(run("schemas", "import", "--openapi", file, "--out", dir.resolve(doc.getKey()).toString()),
                    ExitCode.USAGE, file + ": definition ");
        }
    }

    @Test
    void generateRefusesHostileProfilesInOneLine() throws IOException {
        refused(run("generate", "-p", write("fan.yaml", inputs.profileWithAliasFanOut(3, 16)), "--stdout"), ExitCode.USAGE,
                "the document expands to more than 500000 values through its aliases; refused");
    }
}
