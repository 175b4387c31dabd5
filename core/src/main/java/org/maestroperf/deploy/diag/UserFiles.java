package org.maestroperf.deploy.diag;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

import org.maestroperf.deploy.input.InputText;

/**
 * Reading the files a user gives (profiles, templates, parameter files) as UTF-8 text, and saying why
 * one cannot be read or written in the user's words ("permission denied", "not UTF-8 text") rather
 * than as a Java exception, and without the paths of our own temporary files.
 */
public final class UserFiles {

    private UserFiles() {
    }

    /**
     * A file's text, read within the input limits ({@link InputText#read(Path)}); what is not UTF-8
     * text (a binary, Latin-1 or UTF-16 file) fails with a {@link NotUtf8}.
     */
    public static String readUtf8(Path file) throws IOException {
        return decode(InputText.read(file));
    }

    /** Bytes as UTF-8 text, refusing what is not ({@link InputText#decode} says how). */
    public static String decode(byte[] bytes) throws NotUtf8 {
        InputText.Decoded decoded = InputText.decode(bytes);
        if (decoded.text() == null) {
            throw new NotUtf8(decoded.problem());
        }
        return decoded.text();
    }

    /** Why an I/O operation failed, in words: "permission denied", "no such file or directory", ... */
    public static String reason(IOException e) {
        if (e instanceof NotUtf8 || e instanceof CharacterCodingException) {
            return e instanceof NotUtf8 ? e.getMessage() : "not UTF-8 text";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            // the one reason that needs its file: a file where a directory was to be created, say
            return exists.getFile() == null ? "already exists" : exists.getFile() + " already exists";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            // the operating system's own words ("No space left on device"), without the file, which may be ours
            return lowerFirst(fs.getReason());
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + (e.getMessage() == null ? "" : e.getMessage());
        }
        if (e instanceof HttpTimeoutException) {
            return "timed out";
        }
        if (e instanceof ConnectException || e.getCause() instanceof UnresolvedAddressException) {
            return e.getCause() instanceof UnresolvedAddressException ? "unknown host" : "cannot connect";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : lowerFirst(message);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1)))
                ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /** A file that is not UTF-8 text; its message says what it is instead. */
    public static final class NotUtf8 extends CharacterCodingException {
        private final String reason;

        NotUtf8(String reason) {
            this.reason = reason;
        }

        @Override
        public String getMessage() {
            return reason;
        }
    }
}
