package org.maestroperf.deploy.text;

/** The copy loop the escapers share: a string is copied only from its first replaced char on. */
final class Replacing {

    /** What the char at {@code i} of {@code s} becomes, or null to keep it. */
    interface Rule {
        String at(String s, int i);
    }

    private Replacing() {
    }

    static String apply(String s, Rule rule) {
        StringBuilder out = null;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            String replacement = rule.at(s, i);
            if (replacement != null && out == null) {
                out = new StringBuilder(length + 16).append(s, 0, i);
            }
            if (replacement != null) {
                out.append(replacement);
            } else if (out != null) {
                out.append(s.charAt(i));
            }
        }
        return out == null ? s : out.toString();
    }
}
