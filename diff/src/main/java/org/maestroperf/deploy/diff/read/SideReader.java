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
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.maestroperf.deploy.contract.BundleContract;
import org.maestroperf.deploy.contract.GeneratedBundle;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diff.KubeObject;
import org.maestroperf.deploy.diff.ObjectKey;
import org.maestroperf.deploy.diff.Side;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.source.DocumentParser;
import org.maestroperf.deploy.validator.source.Inputs;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.SourceDocument;

/**
 * Reads the sides of an offline diff with the validator's reader, so that every object keeps the
 * {@code file:line} it came from: a directory {@code generate} wrote (its {@code bundle.yaml}, and
 * the test-case files {@code client/testcase-*.yaml} beside it), that {@code bundle.yaml} the same
 * way, any manifest file or directory of them, {@code -} for stdin, or documents rendered in
 * memory. The objects of an OpenShift Template's {@code objects} are not objects of the side: the
 * Template itself is.
 *
 * <p>Each input is cut into its YAML documents, which are parsed on every core; a document whose
 * text this reader parsed before (the same object on the other side, as most of two campaigns are)
 * is not parsed again, and both sides get the same tree.
 */
public final class SideReader {

    private static final String TESTCASE_FILE = "testcase-";

    /** One document's objects as parsed, positions relative to the document; shared by every place with its text. */
    private record Parsed(List<Parsed.Entry> objects, List<Finding> findings) {
        record Entry(String kind, String name, int line, Map<String, Object> tree) {
        }
    }

    /** One document of an input: its file, the line it starts at (0-based) and its text. */
    private record Chunk(String file, int lineOffset, String text) {
    }

    private final ConcurrentHashMap<String, Parsed> parsed = new ConcurrentHashMap<>();

    /** The side named by a command-line argument, labelled with it. */
    public Side read(String argument, InputStream stdin) {
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

    /** A side made of documents already in memory, each named as its file. */
    public Side fromDocuments(String label, List<SourceDocument> documents) {
        return new Side(label, objects(documents));
    }

    /**
     * A bundle rendered in memory: the component-folder files a plain apply installs (not the
     * one-off commands), each object at its line in the file {@code generate} would write.
     *
     * @param files the bundle's component-folder files, as validated ({@link GeneratedBundle#objectFiles()})
     */
    public Side fromBundle(String label, GeneratedBundle bundle, List<GeneratedBundle.ObjectFile> files) {
        return fromDocuments(label, files.stream()
                .filter(f -> f.objects().stream().allMatch(i -> bundle.objects().get(i).inBundle()))
                .map(f -> new SourceDocument(f.path(), f.content())).toList());
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
        return Files.isRegularFile(dir.resolve(BundleContract.MARKER)) && Files.isRegularFile(dir.resolve("bundle.yaml"))
                ? dir : null;
    }

    /**
     * A generated directory: {@code bundle.yaml} holds every object in apply order, test cases
     * included; a test-case file {@code client/testcase-NAME.yaml} is read only when bundle.yaml has
     * no objects of test case NAME (a bundle.yaml written without its test cases), so that each
     * object is read once.
     */
    private Side generated(String label, Path dir) {
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

    /** The test case an object belongs to (its {@link BundleContract#LABEL_TESTCASE} label), or null. */
    private static String testCase(KubeObject object) {
        Object metadata = object.tree().get("metadata");
        Object labels = metadata instanceof Map<?, ?> m ? m.get("labels") : null;
        Object name = labels instanceof Map<?, ?> l ? l.get(BundleContract.LABEL_TESTCASE) : null;
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
    private List<KubeObject> objects(List<SourceDocument> documents) {
        List<Chunk> chunks = new ArrayList<>();
        documents.forEach(d -> chunks.addAll(chunks(d)));
        List<Parsed> results = chunks.parallelStream().map(c -> parse(c.text())).toList();
        List<String> problems = new ArrayList<>();
        List<KubeObject> objects = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            for (Finding f : results.get(i).findings()) {
                problems.add(chunk.file() + ":" + (chunk.lineOffset() + f.line()) + ":" + f.column() + ": " + f.message());
            }
            for (Parsed.Entry entry : results.get(i).objects()) {
                String origin = chunk.file() + ":" + (chunk.lineOffset() + entry.line());
                if (entry.name().isEmpty()) {
                    problems.add(origin + ": " + entry.kind() + " has no metadata.name; objects are compared by name");
                } else {
                    objects.add(KubeObject.of(origin, entry.tree()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return objects;
    }

    /** The objects of one document's text, parsed once for this reader. */
    private Parsed parse(String text) {
        Parsed known = parsed.get(text);
        if (known != null) {
            return known;
        }
        DocumentParser.Result result = DocumentParser.parse(new SourceDocument("", text));
        List<Parsed.Entry> entries = new ArrayList<>(result.manifests().size());
        for (Manifest m : result.manifests()) {
            if (!m.pointer().contains("/objects/")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> tree = (Map<String, Object>) m.root().plain();
                entries.add(new Parsed.Entry(m.kind(), m.name(), m.root().line(), tree));
            }
        }
        Parsed fresh = new Parsed(List.copyOf(entries), result.findings());
        // parsed twice at the same moment on both sides: either result will do, but one is shared
        Parsed raced = parsed.putIfAbsent(text, fresh);
        return raced != null ? raced : fresh;
    }

    /**
     * The YAML documents of a text, cut at its {@code ---} lines: no scalar can hold such a line
     * (YAML forbids it there), so each piece parses as it would in the stream. A text with
     * directives ({@code %YAML}, {@code %TAG}, which belong to the document after them) is one piece.
     */
    private static List<Chunk> chunks(SourceDocument document) {
        String text = document.content();
        String file = document.name();
        if (text.startsWith("%") || text.contains("\n%")) {
            return List.of(new Chunk(file, 0, text));
        }
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        int startLine = 0;
        int line = 0;
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            int next = end < 0 ? text.length() : end + 1;
            int lineEnd = end < 0 ? text.length() : end;
            if (isMarker(text, at, lineEnd)) {
                if (at > start) {
                    chunks.add(new Chunk(file, startLine, text.substring(start, at)));
                }
                // a bare marker is left out, so that a document's text is the same wherever it stands
                boolean bare = lineEnd == at + 3 || lineEnd == at + 4 && text.charAt(at + 3) == '\r';
                start = bare ? next : at;
                startLine = bare ? line + 1 : line;
            }
            line++;
            at = next;
        }
        if (start < text.length() || chunks.isEmpty()) {
            chunks.add(new Chunk(file, startLine, text.substring(start)));
        }
        return chunks;
    }

    /** Whether the line from {@code from} to {@code to} starts a document: {@code ---} alone or before a space. */
    private static boolean isMarker(String text, int from, int to) {
        return text.startsWith("---", from) && (to == from + 3 || text.charAt(from + 3) == ' '
                || text.charAt(from + 3) == '\t' || text.charAt(from + 3) == '\r');
    }
}
