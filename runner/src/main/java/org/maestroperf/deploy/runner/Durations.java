package org.maestroperf.deploy.runner;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maestroperf.deploy.diag.UserException;

/**
 * Parses durations the way kubectl writes them: {@code 90s}, {@code 30m}, {@code 1h30m}; the
 * command line's {@code --timeout} and the Maven plugin's {@code timeout} are read here.
 */
public final class Durations {

    private static final Pattern FORM = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");
    /** A bare number is seconds, as kubectl reads {@code --request-timeout}. */
    private static final Pattern SECONDS = Pattern.compile("\\d+");

    private Durations() {
    }

    /**
     * Reads a duration.
     *
     * @param flag what the value was given as, for the message ({@code --timeout})
     * @param text the duration, or null
     * @return the duration, null for null
     * @throws UserException when the text is not a duration longer than zero
     */
    public static Duration parse(String flag, String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        Matcher m = FORM.matcher(SECONDS.matcher(trimmed).matches() ? trimmed + "s" : trimmed);
        if (text.isBlank() || !m.matches()) {
            throw new UserException(flag + " " + text + ": not a duration (examples: 300 (seconds), 90s, 30m, 1h30m)");
        }
        Duration d;
        try {
            d = Duration.ofHours(group(m, 1)).plusMinutes(group(m, 2)).plusSeconds(group(m, 3));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new UserException(flag + " " + text + ": too long a duration");
        }
        if (d.isZero()) {
            throw new UserException(flag + " " + text + ": must be longer than zero");
        }
        return d;
    }

    private static long group(Matcher m, int index) {
        return m.group(index) == null ? 0 : Long.parseLong(m.group(index));
    }
}
