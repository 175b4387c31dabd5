package org.maestroperf.deploy.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diag.UserFiles;

/** One file of text, written whole or not at all (a Template, a report). */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * Writes the file beside its target ({@code .NAME.tmp-*}, created with the user's umask as any
     * file of theirs, unlike a temporary file's owner-only mode) and moves it over it, so that a
     * failed write never leaves half a file.
     *
     * @param file    where the text goes; its folder is created
     * @param content the text, written as UTF-8
     * @throws UserException when the file cannot be written
     */
    public static void write(Path file, String content) {
        Path absolute = file.toAbsolutePath().normalize();
        Path temp = null;
        try {
            Files.createDirectories(absolute.getParent());
            temp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp-" + Long.toUnsignedString(System.nanoTime(), 36));
            Files.writeString(temp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            throw new UserException(file + ": cannot write: " + UserFiles.reason(e));
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }
}
