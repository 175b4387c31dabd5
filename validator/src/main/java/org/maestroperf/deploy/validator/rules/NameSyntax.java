package org.maestroperf.deploy.validator.rules;

/**
 * Kubernetes name and label syntax, checked character by character rather than with regular
 * expressions: these run several times for every object validated. Lengths are the callers' to check.
 */
public final class NameSyntax {

    private NameSyntax() {
    }

    /** A DNS-1123 label: {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?}. */
    public static boolean dns1123Label(String s) {
        return word(s, 0, s.length(), false);
    }

    /** A DNS-1035 label: {@code [a-z]([-a-z0-9]*[a-z0-9])?}. */
    public static boolean dns1035Label(String s) {
        return !s.isEmpty() && s.charAt(0) >= 'a' && s.charAt(0) <= 'z' && dns1123Label(s);
    }

    /** A DNS-1123 subdomain: DNS-1123 labels joined by dots. */
    public static boolean dns1123Subdomain(String s) {
        int start = 0;
        while (true) {
            int dot = s.indexOf('.', start);
            if (!word(s, start, dot < 0 ? s.length() : dot, false)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    /** A label value, or the name part of a label key: {@code [A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?}. */
    public static boolean labelName(String s) {
        return word(s, 0, s.length(), true);
    }

    /**
     * Why a qualified name ({@code [prefix/]name}: label and annotation keys) is invalid, or null:
     * the prefix a DNS-1123 subdomain, the name at most 63 letters, digits, '-', '_' and '.'.
     */
    public static String qualifiedNameProblem(String key) {
        String name = key;
        int slash = key.lastIndexOf('/');
        if (slash >= 0) {
            String prefix = key.substring(0, slash);
            name = key.substring(slash + 1);
            if (prefix.isEmpty() || prefix.length() > 253 || !dns1123Subdomain(prefix)) {
                return "has an invalid prefix (must be a DNS-1123 subdomain)";
            }
        }
        if (name.isEmpty() || name.length() > 63 || !labelName(name)) {
            return "has an invalid name (at most 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric)";
        }
        return null;
    }

    /** Alphanumerics at both ends and alphanumerics or '-' between; label names also allow upper case, '_' and '.'. */
    private static boolean word(String s, int from, int to, boolean labelName) {
        if (from >= to || !alphanumeric(s.charAt(from), labelName) || !alphanumeric(s.charAt(to - 1), labelName)) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = s.charAt(i);
            if (!alphanumeric(c, labelName) && c != '-' && !(labelName && (c == '_' || c == '.'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean alphanumeric(char c, boolean upperCaseToo) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || upperCaseToo && c >= 'A' && c <= 'Z';
    }
}
