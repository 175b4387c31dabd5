package org.maestroperf.deploy.validator.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
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

/**
 * Finds the inputs named on the command line (files; directories searched recursively for
 * {@code .yaml}, {@code .yml} and {@code .json}; {@code -} for stdin) and reads them as text.
 * A directory {@code maestro-deploy generate} wrote (marker {@code .maestro-deploy} next to a
 * {@code bundle.yaml}) holds every object twice, in {@code bundle.yaml} and in per-component files:
 * only {@code bundle.yaml} and {@code commands/} are read from it.
 */
public final class Inputs {

    /** The file {@code maestro-deploy generate} leaves in every directory it writes. */
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
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try {
                    out.addAll(manifestFiles(path));
                } catch (IOException e) {
                    problems.add(arg + ": cannot list directory: " + UserFiles.reason(e));
                } catch (java.io.UncheckedIOException e) {
                    problems.add(arg + ": cannot list directory: " + UserFiles.reason(e.getCause()));
                }
            } else if (Files.isRegularFile(path)) {
                out.add(new Input(arg, path));
            } else {
                problems.add(arg + ": no such file or directory");
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return out;
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
            if (input.path() == null) {
                bytes = stdin.readNBytes(DocumentParser.MAX_CODE_POINTS * 4 + 1);
            } else {
                // one open for the size check and the read: a directory of small files costs system calls
                try (SeekableByteChannel channel = Files.newByteChannel(input.path())) {
                    long size = channel.size();
                    if (size > DocumentParser.MAX_CODE_POINTS * 4L) {
                        return new Read(null, "input is " + size + " bytes, more than the limit; refused");
                    }
                    bytes = Channels.newInputStream(channel).readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new UserException(input.name() + ": cannot read: " + UserFiles.reason(e));
        }
        Read read = decode(input.name(), bytes);
        return read.document() == null ? read
                : new Read(new SourceDocument(input.name(), read.document().content(), input.scope()), null);
    }

    /** Decodes UTF-8 text; binary content (NUL bytes, invalid UTF-8) is reported, not parsed. */
    public static Read decode(String name, byte[] bytes) {
        if (bytes.length > DocumentParser.MAX_CODE_POINTS * 4) {
            return new Read(null, "input is larger than the limit; refused");
        }
        boolean ascii = true;
        for (byte b : bytes) {
            if (b == 0) {
                return new Read(null, "binary input (NUL bytes), not YAML or JSON");
            }
            ascii &= b > 0;
        }
        if (ascii) {
            return new Read(new SourceDocument(name, new String(bytes, StandardCharsets.US_ASCII)), null);
        }
        try {
            int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                    && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Read(new SourceDocument(name, text), null);
        } catch (CharacterCodingException e) {
            return new Read(null, "binary input (not valid UTF-8), not YAML or JSON");
        }
    }
}
