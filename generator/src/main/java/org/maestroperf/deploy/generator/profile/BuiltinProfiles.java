package org.maestroperf.deploy.generator.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The profiles shipped in the generator jar under {@code maestro-profiles/} (copied from the repository's
 * {@code profiles/} folder at build time). The list is read from the jar or class directory itself, so it
 * cannot drift from the files.
 */
public final class BuiltinProfiles {

    static final String FOLDER = "maestro-profiles/";
    private static final String SUFFIX = ".yaml";
    /** Every built-in set contains base.yaml; it locates the folder on the class path. */
    private static final String ANCHOR = FOLDER + "base" + SUFFIX;

    private final ClassLoader classLoader;
    private List<String> names;

    /** One built-in profile: its name and its one-line description. */
    public record Summary(String name, String description) {
    }

    /** The built-in profiles found under {@code maestro-profiles/} through this class loader. */
    public BuiltinProfiles(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The built-in profiles of the generator's own class path. */
    public static BuiltinProfiles fromClasspath() {
        return new BuiltinProfiles(BuiltinProfiles.class.getClassLoader());
    }

    /** The built-in names (file names without {@code .yaml}), sorted. */
    public synchronized List<String> names() {
        if (names == null) {
            names = Collections.unmodifiableList(new ArrayList<>(scan()));
        }
        return names;
    }

    /** Every built-in profile with its {@code description}, sorted by name. */
    public List<Summary> summaries() {
        List<Summary> summaries = new ArrayList<>();
        for (String name : names()) {
            Object root = YamlTree.parse(text(name).orElseThrow(), displayName(name)).root();
            Object description = root instanceof Map<?, ?> map ? map.get("description") : null;
            summaries.add(new Summary(name, description == null ? "" : String.valueOf(description)));
        }
        return summaries;
    }

    /** The YAML text of a built-in profile, or empty when there is none of that name. */
    public Optional<String> text(String name) {
        if (!names().contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = classLoader.getResourceAsStream(FOLDER + name + SUFFIX)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stable, readable file name positions in a built-in profile report. */
    public static String displayName(String name) {
        return "profiles/" + name + SUFFIX;
    }

    private TreeSet<String> scan() {
        URL anchor = classLoader.getResource(ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("the built-in profiles are missing from the class path (" + ANCHOR + ")");
        }
        try {
            return switch (anchor.getProtocol()) {
                case "file" -> scanDirectory(Path.of(anchor.toURI()).getParent());
                case "jar" -> scanJar(((JarURLConnection) anchor.openConnection()).getJarFile());
                default -> throw new IllegalStateException("cannot list built-in profiles at " + anchor);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TreeSet<String> scanDirectory(Path folder) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(SUFFIX))
                    .forEach(file -> found.add(file.substring(0, file.length() - SUFFIX.length())));
        }
        return found;
    }

    private static TreeSet<String> scanJar(JarFile jar) {
        TreeSet<String> found = new TreeSet<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String path = entry.getName();
            if (path.startsWith(FOLDER) && path.endsWith(SUFFIX) && path.indexOf('/', FOLDER.length()) < 0) {
                found.add(path.substring(FOLDER.length(), path.length() - SUFFIX.length()));
            }
        }
        return found;
    }
}
