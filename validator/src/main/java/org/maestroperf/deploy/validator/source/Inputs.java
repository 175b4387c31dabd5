package org.maestroperf.deploy.validator.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diag.UserFiles;
import org.maestroperf.deploy.contract.BundleContract;
import org.maestroperf.deploy.input.InputText;

/**
 * Finds the inputs named on the command line (files, and anything else that can be read, such as a
 * FIFO, {@code <(helm template x)}, {@code /dev/stdin}; directories searched recursively for
 * {@code .yaml}, {@code .yml} and {@code .json}; {@code -} for stdin) and reads them as text.
 * A directory {@code maestro-deploy generate} wrote (marker {@code .maestro-deploy} next to a
 * {@code bundle.yaml}) holds every object twice, in {@code bundle.yaml} and in per-component files:
 * only {@code bundle.yaml} and {@code commands/} are read from it.
 */
public final class Inputs {

    /** Name stdin is reported under. */
    public static final String STDIN = "<stdin>";

    /** One input: its display name and path ({@code null} for stdin). */
    public record Input(String name, Path path, String scope) {

        public Input(String name, Path path) {
            this(name, path, Manifest.SHARED);
        }
    }

    /** What reading an input gave: its text, or the reason it cannot be read as text. */
    public record Read(SourceDocument document, String problem) {
    }

    private Inputs() {
    }

    /** The inputs in a stable order: arguments as given, directory contents sorted by path. */
    public static List<Input> discover(List<String> arguments) {
        List<Input> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String arg : arguments) {
            if (arg.equals("-")) {
                out.add(new Input(STDIN, null));
                continue;
            }
            if (arg.isEmpty()) {
                problems.add("'': an empty path names no file (. is the current directory)");
                continue;
            }
            Path path = named(arg);
            if (path == null) {
                problems.add(arg + ": no such file or directory");
                continue;
            }
            BasicFileAttributes attributes = attributes(path, arg, problems);
            if (attributes != null && attributes.isDirectory()) {
                try {
                    out.addAll(manifestFiles(path));
                } catch (IOException e) {
                    problems.add(arg + ": cannot list directory: " + UserFiles.reason(e));
                } catch (java.io.UncheckedIOException e) {
                    problems.add(arg + ": cannot list directory: " + UserFiles.reason(e.getCause()));
                }
            } else if (attributes != null) {
                // a FIFO, a process substitution, a device: read what it gives, as kubeconform does
                out.add(new Input(arg, path));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return out;
    }

    /** What the path is (following links), or null with the problem added. */
    private static BasicFileAttributes attributes(Path path, String arg, List<String> problems) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            problems.add(arg + ": no such file or directory");
        } catch (IOException e) {
            problems.add(arg + ": cannot read: " + UserFiles.reason(e));
        }
        return null;
    }

    /**
     * The path an argument names, or null. A name whose bytes are not text in this locale (not
     * UTF-8) reaches Java with U+FFFD for every byte it cannot decode, and names no file as such: the
     * one entry of its directory whose name reads the same is the file meant.
     */
    private static Path named(String arg) {
        if (arg.indexOf('\uFFFD') < 0) {
            return Path.of(arg);
        }
        String trimmed = arg.replaceAll("(.)/+$", "$1");
        int slash = trimmed.lastIndexOf('/');
        Path directory = slash < 0 ? Path.of(".") : named(slash == 0 ? "/" : trimmed.substring(0, slash));
        String name = trimmed.substring(slash + 1);
        if (directory == null) {
            return null;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> matches = entries.filter(e -> e.getFileName().toString().equals(name)).limit(2).toList();
            if (matches.size() != 1) {
                return null;
            }
            return slash < 0 ? matches.get(0).getFileName() : matches.get(0);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The manifest files below a directory, sorted; generated directories give only their bundle and
     * commands, in a scope of their own (several generated bundles side by side are alternatives).
     */
    private static List<Input> manifestFiles(Path directory) throws IOException {
        List<Input> files = new ArrayList<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path bundle = dir.resolve("bundle.yaml");
                if (!Files.isRegularFile(dir.resolve(BundleContract.MARKER)) || !Files.isRegularFile(bundle)) {
                    return FileVisitResult.CONTINUE;
                }
                String scope = "generated:" + dir;
                files.add(new Input(bundle.toString(), bundle, scope));
                Path commands = dir.resolve("commands");
                if (Files.isDirectory(commands)) {
                    try (Stream<Path> list = Files.list(commands)) {
                        list.filter(Files::isRegularFile).filter(Inputs::isManifestFile)
                                .forEach(p -> files.add(new Input(p.toString(), p, scope)));
                    }
                }
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // the walk's own attributes save a stat per file; only a symbolic link needs following
                boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
                if (regular && isManifestFile(file)) {
                    files.add(new Input(file.toString(), file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(java.util.Comparator.comparing(Input::path));
        return files;
    }

    static boolean isManifestFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** Reads one input; refuses (as a problem, not an exception) binary and oversized input. */
    public static Read read(Input input, InputStream stdin) {
        byte[] bytes;
        try {
            bytes = input.path() == null ? InputText.read(stdin) : InputText.read(input.path());
        } catch (InputText.TooLarge e) {
            return new Read(null, e.getMessage());
        } catch (IOException e) {
            throw new UserException(input.name() + ": cannot read: " + UserFiles.reason(e));
        }
        Read read = decode(input.name(), bytes);
        return read.document() == null ? read
                : new Read(new SourceDocument(input.name(), read.document().content(), input.scope()), null);
    }

    /** Decodes UTF-8 text; binary content (NUL bytes, invalid UTF-8) is reported, not parsed. */
    public static Read decode(String name, byte[] bytes) {
        InputText.Decoded decoded = InputText.decode(bytes);
        return decoded.text() == null ? new Read(null, decoded.problem())
                : new Read(new SourceDocument(name, decoded.text()), null);
    }
}
