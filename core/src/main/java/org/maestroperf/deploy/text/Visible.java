package org.maestroperf.deploy.text;

/**
 * Text for one line of human- or line-oriented output (validate's text and TAP formats): a user's
 * string (a file or object name, a value quoted in a message) can neither start a new line nor
 * drive the terminal. Line breaks and tabs become {@code \n}, {@code \r}, {@code \t}; every other
 * control character, the Unicode line and paragraph separators, the bidirectional overrides (which
 * can make a line read differently from what it says) and unpaired surrogates become their
 * {@code \}{@code uXXXX} form. Everything else, including any other non-ASCII text, is kept.
 */
public final class Visible {

    private Visible() {
    }

    /** The string as one line of plain text. */
    public static String line(String s) {
        return Replacing.apply(s, Visible::at);
    }

    private static String at(String s, int i) {
        char c = s.charAt(i);
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> hidden(s, i) ? code(c) : null;
        };
    }

    /** {@code \}{@code u001B} for ESC: how a character that cannot be shown is shown. */
    static String code(char c) {
        return String.format("\\u%04X", (int) c);
    }

    private static boolean hidden(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return true;
        }
        if (c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E' || c == '\u200F' || c == '\u061C') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
