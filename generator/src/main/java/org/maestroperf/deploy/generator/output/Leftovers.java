package org.maestroperf.deploy.generator.output;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.maestroperf.deploy.contract.BundleContract;
import org.maestroperf.deploy.diag.UserFiles;

/**
 * The hidden siblings a write uses, {@code .NAME.tmp-*} (the new bundle being written) and
 * {@code .NAME.old-*} (the previous one moved aside while the new one moves in), and what a killed
 * run left of them. Only those that are provably ours are touched: a marker inside, or empty.
 */
final class Leftovers {

    private Leftovers() {
    }

    /**
     * Repairs what a killed run left, before this run writes (it holds the lock, so no live run
     * owns them): a previous bundle moved aside with no bundle in its place is moved back; every
     * other staging or previous bundle of ours is deleted.
     */
    static void recover(Path target) {
        String prefix = "." + target.getFileName() + ".";
        List<Path> staging = new ArrayList<>();
        List<Path> old = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            siblings.filter(Leftovers::ours).forEach(p -> {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix + "tmp-")) {
                    staging.add(p);
                } else if (name.startsWith(prefix + "old-")) {
                    old.add(p);
                }
            });
        } catch (IOException e) {
            return; // nothing listed, nothing repaired; the write itself reports what is wrong
        }
        staging.forEach(Leftovers::delete);
        if (!old.isEmpty() && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path newest = old.stream().max(Comparator.comparing(Leftovers::modified)).orElseThrow();
            try {
                Files.move(newest, target, StandardCopyOption.ATOMIC_MOVE);
                old.remove(newest);
            } catch (IOException e) {
                // left aside; the write goes ahead into an empty place
            }
        }
        old.forEach(Leftovers::delete);
    }

    private static boolean ours(Path p) {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isRegularFile(p.resolve(BundleContract.MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(p)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * A new hidden directory next to {@code target}, created with the umask as any directory, named
     * from the clock: Files.createTempDirectory's random names would set up SecureRandom, a share
     * of a short run, and make it owner-only.
     */
    static Path createSibling(Path target, String kind) throws IOException {
        while (true) {
            Path dir = target.resolveSibling("." + target.getFileName() + "." + kind + "-"
                    + Long.toUnsignedString(System.nanoTime(), 36));
            try {
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                // another run took the same instant; the clock has moved on for the next name
            }
        }
    }

    /**
     * Deletes a directory of ours as far as it can, its marker last (so what a kill interrupts stays
     * provably ours), never through a symbolic link: a link is deleted, not what it points to. Each
     * entry is simply deleted, and only one that could not be is looked at (descended into when it is
     * a directory itself), so no stat per file, which a campaign's thousand files would pay.
     */
    static void delete(Path dir) {
        File root = dir.toFile();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            root.delete();
            return;
        }
        File marker = new File(root, BundleContract.MARKER);
        deleteEntries(root, marker);
        marker.delete();
        root.delete();
    }

    private static void deleteEntries(File dir, File last) {
        File[] entries = dir.listFiles();
        if (entries == null) {
            return;
        }
        for (File entry : entries) {
            if (!entry.equals(last) && !entry.delete() && Files.isDirectory(entry.toPath(), LinkOption.NOFOLLOW_LINKS)) {
                deleteEntries(entry, null);
                entry.delete();
            }
        }
    }

    /**
     * What went wrong, in words and with the user's path: a path inside the staging directory is
     * shown as the same path inside the target.
     */
    static String why(IOException e, Path staging, String shown) {
        // the words are UserFiles'; the file is added here, with the staging directory shown as the target
        String reason = e instanceof FileAlreadyExistsException ? "already exists" : UserFiles.reason(e);
        if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
            return reason;
        }
        String file = fs.getFile();
        if (staging != null && shown != null && file.startsWith(staging.toString())) {
            file = shown + file.substring(staging.toString().length()).replaceFirst("^/", "");
        }
        return file + ": " + reason;
    }
}
