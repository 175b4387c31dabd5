package org.maestroperf.deploy.generator.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds where a key is written in a built-in profile, so tests do not break when a profile grows. */
final class ProfileLines {

    private ProfileLines() {
    }

    /** The 1-based line of the first line equal to {@code text} that comes after the line equal to {@code after}. */
    static int line(String profile, String after, String text) {
        try {
            List<String> lines = Files.readAllLines(Path.of("..", "profiles", profile + ".yaml"));
            int start = after == null ? 0 : lines.indexOf(after);
            for (int i = Math.max(start, 0); i < lines.size(); i++) {
                if (lines.get(i).equals(text)) {
                    return i + 1;
                }
            }
            throw new AssertionError(profile + ".yaml has no line '" + text + "' after '" + after + "'");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
