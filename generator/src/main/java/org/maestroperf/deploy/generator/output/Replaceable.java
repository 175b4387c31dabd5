package org.maestroperf.deploy.generator.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.maestroperf.deploy.contract.BundleContract;
import org.maestroperf.deploy.diag.UserException;

/**
 * Which directories a bundle may replace: one that does not exist, an empty one, or a previous
 * bundle, i.e. its marker and nothing but the files that marker lists (and their folders). Anything
 * else is refused with one line saying what is in the way, and nothing is touched.
 */
final class Replaceable {

    private static final int NAMED = 3;

    private Replaceable() {
    }

    /** The target as the user gave it, as a directory: {@code out/}, {@code ./}, {@code /}. */
    static String shown(Path target) {
        String s = target.toString();
        if (s.isEmpty()) {
            return "./";
        }
        return s.endsWith(target.getFileSystem().getSeparator()) ? s : s + "/";
    }

    /**
     * Refuses what is never replaced, whatever it holds: the root, a symbolic link (following it
     * replaced the directory it points to), the home directory, the working directory and its
     * ancestors (replacing them left the shell in a deleted directory, or deleted the user's files).
     */
    static void refuseProtected(Path absolute, String shown) {
        if (absolute.getParent() == null) {
            throw refused(shown, "it is the root directory");
        }
        if (Files.isSymbolicLink(absolute)) {
            String to;
            try {
                to = Files.readSymbolicLink(absolute).toString();
            } catch (IOException e) {
                to = "?";
            }
            throw refused(shown, "it is a symbolic link (to " + to + "); give the directory itself");
        }
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path real = real(absolute);
        if (real.getParent() == null) {
            throw refused(shown, "it is the root directory");
        }
        if (real.equals(real(Path.of(System.getProperty("user.home"))))) {
            throw refused(shown, "it is the home directory");
        }
        Path cwd = real(Path.of("").toAbsolutePath());
        if (cwd.equals(real)) {
            throw refused(shown, "it is the working directory");
        }
        if (cwd.startsWith(real)) {
            throw refused(shown, "it holds the working directory");
        }
    }

    /** Refuses a target that is not a directory, or a directory holding what is not a previous bundle's. */
    static void check(Path target, String shown) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(shown, "it is not a directory");
        }
        List<String> listed = listed(target);
        List<String> foreign;
        try {
            foreign = foreign(target, listed);
        } catch (IOException e) {
            throw new UserException("cannot read " + shown + ": " + Leftovers.why(e, null, null));
        }
        if (foreign.isEmpty()) {
            return;
        }
        String holds = foreign.size() <= NAMED ? and(foreign)
                : String.join(", ", foreign.subList(0, NAMED)) + " and " + (foreign.size() - NAMED) + " more";
        String older = listed.isEmpty() && Files.isRegularFile(target.resolve(BundleContract.MARKER), LinkOption.NOFOLLOW_LINKS)
                ? "; its " + BundleContract.MARKER + " lists no files (an older maestro-deploy wrote it):"
                        + " delete the directory yourself to generate into it"
                : "";
        throw refused(shown, "it holds " + holds + ", which maestro-deploy did not write" + older);
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String and(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }

    private static UserException refused(String shown, String why) {
        return new UserException(shown + ": not replaced: " + why);
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static List<String> listed(Path target) {
        Path marker = target.resolve(BundleContract.MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try {
            return BundleContract.listed(Files.readString(marker));
        } catch (IOException e) {
            return List.of(); // unreadable as a list: nothing in the directory is provably ours
        }
    }

    /**
     * What the directory holds that the marker does not list, sorted: files and links by path, a
     * folder no listed file is in by its path and a slash (not descended into). A link is never followed.
     */
    private static List<String> foreign(Path target, List<String> listedFiles) throws IOException {
        Set<String> listed = new HashSet<>(listedFiles);
        Set<String> folders = new HashSet<>();
        for (String file : listedFiles) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash));
            }
        }
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> top = Files.list(target)) {
            if (top.findAny().isEmpty()) {
                return foreign;
            }
        }
        Files.walkFileTree(target, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(target)) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = relative(target, dir);
                if (folders.contains(relative)) {
                    return FileVisitResult.CONTINUE;
                }
                foreign.add(relative + "/");
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String relative = relative(target, file);
                boolean ours = relative.equals(BundleContract.MARKER) ? attrs.isRegularFile() : listed.contains(relative);
                if (!ours) {
                    foreign.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                foreign.add(relative(target, file));
                return FileVisitResult.CONTINUE;
            }
        });
        foreign.sort(null);
        return foreign;
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "/");
    }
}
