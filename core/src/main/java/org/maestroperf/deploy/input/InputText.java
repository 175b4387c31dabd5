package org.maestroperf.deploy.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diag.UserFiles;

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
     * @throws IOException when it cannot be read ({@link UserFiles#reason} says why)
     */
    public static byte[] read(Path path) throws IOException {
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
            throw new UserException(name + ": cannot read: " + UserFiles.reason(e));
        }
    }

    /** The text of a stream (stdin), as {@link #readText(Path, String)}. */
    public static String readText(InputStream in, String name) {
        try {
            return text(read(in), name);
        } catch (TooLarge e) {
            throw new UserException(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserException(name + ": cannot read: " + UserFiles.reason(e));
        }
    }

    private static String text(byte[] bytes, String name) {
        Decoded decoded = decode(bytes);
        if (decoded.text() == null) {
            throw new UserException(name + ": " + decoded.problem());
        }
        return decoded.text();
    }

    /**
     * UTF-8 text (a byte order mark skipped), or why the bytes are not: UTF-16 (by its byte order
     * mark), binary (NUL bytes), or not valid UTF-8.
     */
    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return new Decoded(null, "UTF-16 text, not UTF-8 (save it as UTF-8)");
        }
        boolean ascii = true;
        for (byte b : bytes) {
            if (b == 0) {
                return new Decoded(null, "binary input (NUL bytes), not UTF-8 text");
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
            return new Decoded(null, "not UTF-8 text");
        }
    }
}
