package org.maestroperf.deploy.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maestroperf.deploy.diag.UserException;

/**
 * Parses durations the way kubectl writes them: {@code 90s}, {@code 30m}, {@code 1h30m}, and a bare
 * number as seconds ({@code 300}), as kubectl reads {@code --request-timeout}.
 */
final class Durations {

    private static final Pattern FORM = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");
    private static final Pattern SECONDS = Pattern.compile("\\d+");

    private Durations() {
    }

    /** Null for null; a malformed value is a user mistake naming {@code flag}. */
    static Duration parse(String flag, String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        Matcher m = FORM.matcher(SECONDS.matcher(trimmed).matches() ? trimmed + "s" : trimmed);
        if (text.isBlank() || !m.matches()) {
            throw new UserException(flag + " " + text + ": not a duration (examples: 300 (seconds), 90s, 30m, 1h30m)");
        }
        Duration d = Duration.ofHours(group(m, 1)).plusMinutes(group(m, 2)).plusSeconds(group(m, 3));
        if (d.isZero()) {
            throw new UserException(flag + " " + text + ": must be longer than zero");
        }
        return d;
    }

    private static long group(Matcher m, int index) {
        return m.group(index) == null ? 0 : Long.parseLong(m.group(index));
    }
}
