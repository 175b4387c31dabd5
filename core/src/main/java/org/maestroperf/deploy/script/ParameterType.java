package org.maestroperf.deploy.script;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of a value a script reads from a variable, as the script (or the Maestro code it calls)
 * parses it: a value of another form would fail only in the client pod, or be misread there.
 */
public enum ParameterType {

    /** {@code Integer.parseInt}, and neither a rate nor a count is negative. */
    INTEGER("a whole number from 0 to 2147483647"),
    /** Maestro's message size: bytes, {@code ~} in front for sizes varying around it. */
    SIZE("a message size in bytes from 1 to 2147483647, '~' in front for a variable size (256, ~1024)"),
    /**
     * Maestro's test duration: with a letter a time ({@code <n>d<n>h<n>m<n>s}, any of them, each
     * number an int), {@code -1} draining the queues, otherwise a count of messages.
     */
    DURATION("a duration such as 30s, 5m, 1h or 1h30m, a message count such as 100000, or -1 to drain the queues"),
    /** An address with a scheme, such as the AMQP URL the workers connect to. */
    URL("a URL such as amqp://host:5672/queue"),
    /** Read with {@code Boolean.parseBoolean}, which takes anything but "true" as false. */
    BOOLEAN("true or false"),
    /** Free text. */
    STRING("text");

    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,19}");
    private static final Pattern TIME = Pattern.compile("([0-9]{1,10})([dhms])");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S+");

    private final String description;

    ParameterType(String description) {
        this.description = description;
    }

    /** What a value of this type looks like, for "must be ..." messages. */
    public String describe() {
        return description;
    }

    /** Whether the script reads this text as intended. */
    public boolean accepts(String value) {
        return switch (this) {
            case INTEGER -> inRange(value, 0, Integer.MAX_VALUE);
            case SIZE -> inRange(value.startsWith("~") ? value.substring(1) : value, 1, Integer.MAX_VALUE);
            case DURATION -> value.equals("-1") || inRange(value, 1, Long.MAX_VALUE) || isTime(value);
            case URL -> SCHEME.matcher(value).matches();
            case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            case STRING -> true;
        };
    }

    private static boolean inRange(String value, long min, long max) {
        if (!WHOLE.matcher(value).matches()) {
            return false;
        }
        try {
            long n = Long.parseLong(value);
            return n >= min && n <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Units in any order, each number an int (Maestro parses it so), in total longer than nothing. */
    private static boolean isTime(String value) {
        Matcher part = TIME.matcher(value);
        int end = 0;
        boolean someTime = false;
        while (part.lookingAt()) {
            long n = Long.parseLong(part.group(1));
            if (n > Integer.MAX_VALUE) {
                return false;
            }
            someTime |= n > 0;
            end = part.end();
            part.region(end, value.length());
        }
        return end > 0 && end == value.length() && someTime;
    }
}
