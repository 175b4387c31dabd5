package org.maestroperf.deploy.text;

/**
 * The one XML escaper: every user-controlled string in XML output (the validator's and the runner's
 * JUnit reports) goes through here. Markup characters become entities; characters XML 1.0 cannot hold
 * at all (most C0 controls, U+FFFE, U+FFFF, unpaired surrogates) are replaced visibly by their
 * {@code \}{@code uXXXX} form, so the document stays well-formed and the reader still sees what was there.
 */
public final class Xml {

    private Xml() {
    }

    /** For element content: line breaks and tabs stay as they are. */
    public static String text(String s) {
        return escape(s, false);
    }

    /**
     * For an attribute value in double quotes: line breaks and tabs become character references too,
     * since a parser would otherwise normalise them to spaces.
     */
    public static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder out = null;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                case '\r' -> "&#13;"; // a parser turns a raw CR into LF
                case '\n' -> attribute ? "&#10;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                default -> holdable(s, i) ? null : Visible.code(c);
            };
            if (Character.isHighSurrogate(c) && replacement == null) {
                // a valid pair: both halves are copied as they are
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(length + 16).append(s, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /** Whether the char at {@code i} is an XML 1.0 Char (a high surrogate only when a low one follows). */
    private static boolean holdable(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return false; // a paired one was skipped with its high surrogate
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
