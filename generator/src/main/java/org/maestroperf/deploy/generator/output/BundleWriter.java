package org.maestroperf.deploy.generator.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;

import org.maestroperf.deploy.contract.BundleContract;
import org.maestroperf.deploy.diag.UserException;

/**
 * Writes a bundle directory all at once: into a hidden sibling first, then moved into place, so a
 * failure never leaves a half-written bundle and an earlier one survives it. Used for every
 * directory maestro-deploy writes whole ({@code generate}, {@code process --output-dir}).
 *
 * <ul>
 * <li>Only a previous bundle (its marker and the files the marker lists) or an empty directory is
 *     replaced; never {@code /}, the home directory, the working directory or one holding it, a
 *     symbolic link (it is refused rather than followed), or a directory holding anything else:
 *     those are refused with what is in the way ({@link Replaceable}).
 * <li>One writer at a time: {@code .NAME.lock} beside the directory is locked for the whole write.
 * <li>Interrupted (SIGINT, SIGTERM) it removes its staging directory; killed outright, the next run
 *     puts a previous bundle left aside back, or finishes deleting it, and removes the half-written
 *     one ({@link Leftovers}).
 * <li>Everything is created with the user's umask, as any file of theirs.
 * </ul>
 */
public final class BundleWriter {

    private BundleWriter() {
    }

    /** Stages and commits at once. */
    public static void write(Map<String, String> files, Path target) {
        try (Staged staged = stage(files, target)) {
            staged.commit();
        }
    }

    /**
     * Writes these files into a hidden sibling of {@code target}, which takes target's place only on
     * {@link Staged#commit()}; closing it uncommitted deletes it. So the files can be written while
     * their content is still being checked, and vanish when the check fails.
     *
     * @param files relative path to content, the marker listing them first (see {@link BundleContract#marked})
     */
    public static Staged stage(Map<String, String> files, Path target) {
        if (!files.keySet().iterator().next().equals(BundleContract.MARKER)) {
            throw new IllegalArgumentException("a bundle's files start with its marker");
        }
        Path absolute = target.toAbsolutePath().normalize();
        String shown = Replaceable.shown(target);
        Replaceable.refuseProtected(absolute, shown);
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UserException("cannot write " + shown + ": " + Leftovers.why(e, null, null));
        }
        Staged staged = new Staged(absolute, shown, WriteLock.take(absolute, shown));
        try {
            Leftovers.recover(absolute);
            Replaceable.check(absolute, shown);
            staged.write(files);
            return staged;
        } catch (RuntimeException | Error e) {
            staged.close();
            throw e;
        }
    }

    /** A bundle written next to its target, waiting to be moved into place or thrown away. */
    public static final class Staged implements AutoCloseable {
        private final Path target;
        private final String shown;
        private final WriteLock lock;
        private final Thread hook;
        private volatile boolean abandoned;
        private Path staging;
        private boolean committed;

        private Staged(Path target, String shown, WriteLock lock) {
            this.target = target;
            this.shown = shown;
            this.lock = lock;
            this.hook = new Thread(this::abandon, "maestro-deploy-staging");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        /** The marker first, so that a staging directory a killed run left is provably ours. */
        private synchronized void write(Map<String, String> files) {
            try {
                staging = Leftovers.createSibling(target, "tmp");
                Iterator<Map.Entry<String, String>> entries = files.entrySet().iterator();
                Map.Entry<String, String> marker = entries.next();
                Files.writeString(staging.resolve(marker.getKey()), marker.getValue(), StandardCharsets.UTF_8);
                Path created = staging;
                // one after another: on two threads a campaign's files took twice the CPU in the same time
                // (creating files in one directory is serialised by the kernel)
                while (entries.hasNext()) {
                    Map.Entry<String, String> entry = entries.next();
                    if (abandoned) {
                        throw new UserException(shown + ": not written: interrupted");
                    }
                    Path file = inside(entry.getKey());
                    Path folder = file.getParent();
                    if (!folder.equals(created)) {
                        Files.createDirectories(folder);
                        created = folder;
                    }
                    Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UserException("cannot write " + shown + ": " + Leftovers.why(e, staging, shown));
            }
        }

        private Path inside(String relative) {
            Path file = staging.resolve(relative).normalize();
            if (!file.startsWith(staging) || file.equals(staging)) {
                throw new UserException("cannot write " + shown + ": " + relative + " is not a path inside the bundle");
            }
            return file;
        }

        /** Moves the staged files into the target's place, replacing an earlier bundle there. */
        public synchronized void commit() {
            if (abandoned) {
                throw new UserException(shown + ": not written: interrupted");
            }
            try {
                swapInto(staging, target);
                committed = true;
            } catch (IOException e) {
                throw new UserException("cannot write " + shown + ": " + Leftovers.why(e, staging, shown));
            }
        }

        /** Deletes the staged files unless they were committed, and lets the next writer in. */
        @Override
        public void close() {
            synchronized (this) {
                deleteUncommitted();
            }
            lock.release();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }

        /** On SIGINT or SIGTERM: waits for a file being written or a swap under way, then removes the staging. */
        private void abandon() {
            abandoned = true;
            synchronized (this) {
                deleteUncommitted();
            }
        }

        private void deleteUncommitted() {
            if (!committed && staging != null) {
                Leftovers.delete(staging);
            }
            staging = null;
        }

        @Override
        public String toString() {
            return shown;
        }
    }

    /** Between the two moves the target does not exist; a kill there is repaired by the next run ({@link Leftovers}). */
    private static void swapInto(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Leftovers.createSibling(target, "old");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        if (old != null) {
            Leftovers.delete(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
