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
        return Replacing.apply(s, Xml::inText);
    }

    /**
     * For an attribute value in double quotes: line breaks and tabs become character references too,
     * since a parser would otherwise normalise them to spaces.
     */
    public static String attribute(String s) {
        return Replacing.apply(s, Xml::inAttribute);
    }

    private static String inAttribute(String s, int i) {
        return switch (s.charAt(i)) {
            case '\n' -> "&#10;";
            case '\t' -> "&#9;";
            default -> inText(s, i);
        };
    }

    private static String inText(String s, int i) {
        char c = s.charAt(i);
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&apos;";
            case '\r' -> "&#13;"; // a parser turns a raw CR into LF
            default -> holdable(s, i) ? null : Visible.code(c);
        };
    }

    /** Whether the char at {@code i} is part of an XML 1.0 Char (a surrogate only as half of a pair). */
    private static boolean holdable(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
