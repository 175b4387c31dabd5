package org.maestroperf.deploy.generator.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.maestroperf.deploy.diag.UserException;

/**
 * The lock one writer of a directory holds: {@code .NAME.lock} beside it, locked with
 * {@link FileChannel#tryLock()}, which the operating system drops when a killed process goes.
 *
 * <p>The empty file stays after the write. Deleting it would let a writer that opened it just
 * before lock the deleted file while a third locks a new one, and a writer cannot tell which file it
 * locked: Java gives no way to compare an open channel with a name, and opening the file again to
 * look would drop the lock (POSIX locks go with any descriptor of the file that is closed).
 *
 * <p>For that reason too, a second writer in the same process is refused by a set of held locks,
 * before it opens the file.
 */
final class WriteLock {

    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;

    private WriteLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static WriteLock take(Path target, String shown) {
        Path file = target.resolveSibling("." + target.getFileName() + ".lock");
        if (!HELD.add(file)) {
            throw busy(shown);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw busy(shown);
            }
            return new WriteLock(file, channel);
        } catch (IOException e) {
            close(channel, file);
            throw new UserException("cannot write " + shown + ": " + Leftovers.why(e, null, null));
        } catch (RuntimeException e) {
            close(channel, file);
            throw e;
        }
    }

    private static UserException busy(String shown) {
        return new UserException(shown + ": another maestro-deploy is writing it; try again when it is done");
    }

    /** Closing the channel releases its lock. */
    void release() {
        close(channel, file);
    }

    private static void close(FileChannel channel, Path file) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // the lock goes with the channel either way
        } finally {
            HELD.remove(file);
        }
    }
}
