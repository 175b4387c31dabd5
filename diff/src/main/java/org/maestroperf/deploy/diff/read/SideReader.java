package org.maestroperf.deploy.diff.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diff.KubeObject;
import org.maestroperf.deploy.diff.ObjectKey;
import org.maestroperf.deploy.diff.Side;
import org.maestroperf.deploy.generator.model.ClientRun;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.source.DocumentParser;
import org.maestroperf.deploy.validator.source.Inputs;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.SourceDocument;

/**
 * Reads one side of an offline diff with the validator's reader, so that every object keeps the
 * {@code file:line} it came from: a directory {@code generate} wrote (its {@code bundle.yaml}, and
 * the test-case files {@code client/testcase-*.yaml} beside it), that {@code bundle.yaml} the same
 * way, any manifest file or directory of them, {@code -} for stdin, or documents rendered in memory. The objects of an OpenShift Template's {@code objects}
 * are not objects of the side: the Template itself is.
 */
public final class SideReader {

    private static final String TESTCASE_FILE = "testcase-";

    private SideReader() {
    }

    /** The side named by a command-line argument, labelled with it. */
    public static Side read(String argument, InputStream stdin) {
        Path generated = generatedDirectory(argument);
        if (generated != null) {
            return generated(argument, generated);
        }
        List<Inputs.Input> inputs = Inputs.discover(List.of(argument));
        if (inputs.isEmpty()) {
            throw new UserException(argument + ": no .yaml, .yml or .json files here");
        }
        List<SourceDocument> documents = inputs.parallelStream().map(input -> document(input, stdin)).toList();
        return fromDocuments(argument, documents);
    }

    /** A side made of documents already in memory (a bundle generated from profiles), each named as its file. */
    public static Side fromDocuments(String label, List<SourceDocument> documents) {
        return new Side(label, objects(documents));
    }

    /** The directory {@code generate} wrote that the argument names (itself, or the one its bundle.yaml is in), or null. */
    private static Path generatedDirectory(String argument) {
        if (argument.equals("-")) {
            return null;
        }
        Path path = Path.of(argument);
        Path dir;
        if (Files.isDirectory(path)) {
            dir = path;
        } else if (path.getFileName() != null && path.getFileName().toString().equals("bundle.yaml")) {
            dir = path.getParent() == null ? Path.of("") : path.getParent();
        } else {
            return null;
        }
        return Files.isRegularFile(dir.resolve(Inputs.GENERATED_MARKER)) && Files.isRegularFile(dir.resolve("bundle.yaml"))
                ? dir : null;
    }

    /**
     * A generated directory: {@code bundle.yaml} holds every object in apply order, test cases
     * included; a test-case file {@code client/testcase-NAME.yaml} is read only when bundle.yaml has
     * no objects of test case NAME (a bundle.yaml written without its test cases), so that each
     * object is parsed once.
     */
    private static Side generated(String label, Path dir) {
        List<KubeObject> objects = new ArrayList<>(objects(List.of(document(new Inputs.Input(
                dir.resolve("bundle.yaml").toString(), dir.resolve("bundle.yaml")), null))));
        Set<String> testCases = new HashSet<>();
        objects.forEach(o -> testCases.add(testCase(o)));
        List<Inputs.Input> extra = new ArrayList<>();
        Path client = dir.resolve("client");
        if (Files.isDirectory(client)) {
            try (Stream<Path> files = Files.list(client)) {
                files.filter(f -> {
                    String file = f.getFileName().toString();
                    return file.startsWith(TESTCASE_FILE) && file.endsWith(".yaml") && Files.isRegularFile(f)
                            && !testCases.contains(file.substring(TESTCASE_FILE.length(), file.length() - 5));
                }).sorted().forEach(f -> extra.add(new Inputs.Input(f.toString(), f)));
            } catch (IOException | UncheckedIOException e) {
                throw new UserException(client + ": cannot list directory: " + e.getMessage());
            }
        }
        if (!extra.isEmpty()) {
            List<KubeObject> fromFiles = objects(extra.parallelStream().map(input -> document(input, null)).toList());
            Set<ObjectKey> keys = new HashSet<>();
            fromFiles.forEach(o -> keys.add(o.key()));
            objects.removeIf(o -> keys.contains(o.key()));
            objects.addAll(fromFiles);
        }
        return new Side(label, objects);
    }

    /** The test case an object belongs to (its {@link ClientRun#TESTCASE_LABEL} label), or null. */
    private static String testCase(KubeObject object) {
        Object metadata = object.tree().get("metadata");
        Object labels = metadata instanceof Map<?, ?> m ? m.get("labels") : null;
        Object name = labels instanceof Map<?, ?> l ? l.get(ClientRun.TESTCASE_LABEL) : null;
        return name == null ? null : name.toString();
    }

    private static SourceDocument document(Inputs.Input input, InputStream stdin) {
        Inputs.Read read = Inputs.read(input, stdin);
        if (read.document() == null) {
            throw new UserException(input.name() + ": " + read.problem());
        }
        return read.document();
    }

    /** Every object of the documents, in order; any document that does not read is an error, reported at its line. */
    private static List<KubeObject> objects(List<SourceDocument> documents) {
        List<DocumentParser.Result> parsed = documents.parallelStream().map(DocumentParser::parse).toList();
        List<String> problems = new ArrayList<>();
        List<KubeObject> objects = new ArrayList<>();
        for (DocumentParser.Result result : parsed) {
            for (Finding f : result.findings()) {
                problems.add(f.file() + ":" + f.line() + ":" + f.column() + ": " + f.message());
            }
            for (Manifest m : result.manifests()) {
                if (m.pointer().contains("/objects/")) {
                    continue;
                }
                String origin = m.file() + ":" + m.root().line();
                if (m.name().isEmpty()) {
                    problems.add(origin + ": " + m.kind() + " has no metadata.name; objects are compared by name");
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> tree = (Map<String, Object>) m.root().plain();
                objects.add(KubeObject.of(origin, tree));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return objects;
    }
}
