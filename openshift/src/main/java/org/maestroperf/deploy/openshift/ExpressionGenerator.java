package org.maestroperf.deploy.openshift;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values for {@code generate: expression} parameters, with oc's syntax: literal text plus
 * {@code [ranges]{length}} groups, where a range is {@code a-z} (in oc's character order: a-z, A-Z,
 * 0-9, then symbols), a single letter or digit, {@code \w} (letters, digits, _), {@code \d} (digits),
 * {@code \a} (letters and digits) or {@code \A} (symbols); the length is 1 to 255.
 * Unlike oc, a range includes its upper end ({@code [0-1]{8}} can give 1s).
 */
public final class ExpressionGenerator {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String NUMERALS = "0123456789";
    private static final String SYMBOLS = "~!@#$%^&*()-_+={}[]\\|<,>.?/\"';:`";
    private static final String ORDER = ALPHABET + NUMERALS + SYMBOLS;
    /** oc's generator syntax: a bracket of letters, digits, '-' and '\', then a {count}. */
    private static final Pattern GROUP = Pattern.compile("\\[([a-zA-Z0-9\\-\\\\]+)]\\{([0-9]+)}");
    private static final Pattern ITEM = Pattern.compile("\\\\[wdaA]|[a-zA-Z0-9]-[a-zA-Z0-9]|[a-zA-Z0-9]");

    private final Random random;

    /** @param random the source of randomness (a SecureRandom for real use, seeded in tests) */
    public ExpressionGenerator(Random random) {
        this.random = random;
    }

    /** A value for the expression, or IllegalArgumentException saying what is wrong with it. */
    public String generate(String expression) {
        Matcher m = GROUP.matcher(expression);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            any = true;
            String alphabet = alphabet(m.group(1));
            int length = length(m.group(2));
            StringBuilder value = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
        }
        if (!any) {
            throw new IllegalArgumentException("expression '" + expression + "' has no [range]{length} group");
        }
        return m.appendTail(out).toString();
    }

    private static int length(String digits) {
        int length = digits.length() > 3 ? 0 : Integer.parseInt(digits);
        if (length < 1 || length > 255) {
            throw new IllegalArgumentException("length {" + digits + "} must be within 1..255");
        }
        return length;
    }

    private static String alphabet(String ranges) {
        Matcher item = ITEM.matcher(ranges);
        Set<Character> chars = new LinkedHashSet<>();
        int at = 0;
        while (item.find() && item.start() == at) {
            at = item.end();
            String s = item.group();
            String add = switch (s) {
                case "\\w" -> ALPHABET + NUMERALS + "_";
                case "\\d" -> NUMERALS;
                case "\\a" -> ALPHABET + NUMERALS;
                case "\\A" -> SYMBOLS;
                default -> s.length() == 1 ? s : slice(s.charAt(0), s.charAt(2));
            };
            add.chars().forEach(c -> chars.add((char) c));
        }
        if (at != ranges.length()) {
            throw new IllegalArgumentException("malformed range [" + ranges + "]: use a-z, A-Z, 0-9, \\w, \\d, \\a or \\A");
        }
        StringBuilder out = new StringBuilder();
        chars.forEach(out::append);
        return out.toString();
    }

    private static String slice(char from, char to) {
        int left = ORDER.indexOf(from);
        int right = ORDER.lastIndexOf(to);
        if (left > right) {
            throw new IllegalArgumentException("invalid range " + from + "-" + to);
        }
        return ORDER.substring(left, right + 1);
    }
}
