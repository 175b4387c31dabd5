package org.maestroperf.deploy.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.maestroperf.deploy.diag.UserException;

/**
 * Reads user input as text, within {@link InputLimits}: a regular file, or anything else that can be
 * read (a FIFO, a process substitution such as {@code <(helm template x)}, {@code /dev/stdin},
 * {@code /dev/null}) up to the limit, never more. Problems are said in the user's words.
 */
public final class InputText {

    /** The input has more than {@link InputLimits#MAX_BYTES} bytes; its message says so. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** Text decoded from bytes, or why the bytes are not text. */
    public record Decoded(String text, String problem) {
    }

    private InputText() {
    }

    /**
     * The bytes of a path. A regular file larger than the limit is refused before it is read; any
     * other readable thing is read up to the limit.
     *
     * @throws TooLarge   when there are more than {@link InputLimits#MAX_BYTES} bytes
     * @throws IOException when it cannot be read ({@link #reason} says why)
     */
    public static byte[] read(Path path) throws IOException {
        // one open for the size check and the read: a directory of small files costs system calls
        // one open for the size check and the read: a directory of small files costs system calls
        try (FileChannel channel = FileChannel.open(path)) {
            long size = channel.size();
            if (size > InputLimits.MAX_BYTES) {
                throw new TooLarge("input is " + size + " bytes, more than the limit of " + InputLimits.MAX_BYTES
                        + " bytes; refused");
            }
            if (size == 0) {
                // a FIFO, a device or an empty file: whatever it gives, up to the limit
                return read(Channels.newInputStream(channel));
            }
            // a regular file: as many bytes as it has, read straight into one array
            ByteBuffer bytes = ByteBuffer.allocate((int) size);
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // until full or at its end (it may have shrunk since)
            }
            return bytes.position() == size ? bytes.array() : Arrays.copyOf(bytes.array(), bytes.position());
        }
    }

    /** At most {@link InputLimits#MAX_BYTES} bytes of a stream (stdin). */
    public static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) InputLimits.MAX_BYTES + 1);
        if (bytes.length > InputLimits.MAX_BYTES) {
            throw new TooLarge("input is larger than the limit of " + InputLimits.MAX_BYTES + " bytes; refused");
        }
        return bytes;
    }

    /**
     * The text of a path, for a reader that stops at the first problem: it is a {@link UserException}
     * naming {@code name} ("no such file or directory", "cannot read: permission denied", too large,
     * binary).
     */
    public static String readText(Path path, String name) {
        try {
            return text(read(path), name);
        } catch (NoSuchFileException e) {
            throw new UserException(name + ": no such file or directory");
        } catch (TooLarge e) {
            throw new UserException(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserException(name + ": cannot read: " + reason(e));
        }
    }

    /** The text of a stream (stdin), as {@link #readText(Path, String)}. */
    public static String readText(InputStream in, String name) {
        try {
            return text(read(in), name);
        } catch (TooLarge e) {
            throw new UserException(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserException(name + ": cannot read: " + reason(e));
        }
    }

    private static String text(byte[] bytes, String name) {
        Decoded decoded = decode(bytes);
        if (decoded.text() == null) {
            throw new UserException(name + ": " + decoded.problem());
        }
        return decoded.text();
    }

    /** UTF-8 text (a byte order mark skipped); NUL bytes and invalid UTF-8 are binary input, not text. */
    public static Decoded decode(byte[] bytes) {
        boolean ascii = true;
        for (byte b : bytes) {
            if (b == 0) {
                return new Decoded(null, "binary input (NUL bytes), not YAML or JSON");
            }
            ascii &= b > 0;
        }
        if (ascii) {
            return new Decoded(new String(bytes, StandardCharsets.US_ASCII), null);
        }
        try {
            int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                    && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, null);
        } catch (CharacterCodingException e) {
            return new Decoded(null, "binary input (not valid UTF-8), not YAML or JSON");
        }
    }

    /** Why reading failed, as the operating system says it ("no such file or directory"), without Java's names. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isEmpty()) {
            return "input/output error";
        }
        // the operating system's "Is a directory" reads as the rest of a line here
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
