package org.maestroperf.deploy.diff.output;

/**
 * Text from the inputs (names, labels, origins, values) made safe to print on one line of a
 * terminal: a control character, an escape sequence's start included, could otherwise end the line
 * or recolour the screen.
 */
final class Printable {

    private Printable() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (unsafe && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(unsafe ? '?' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
