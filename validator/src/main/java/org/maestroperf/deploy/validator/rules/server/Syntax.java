package org.maestroperf.deploy.validator.rules.server;

import org.maestroperf.deploy.validator.rules.NameSyntax;
import org.maestroperf.deploy.validator.schema.KubernetesVersion;

/**
 * The API server's string formats beyond object names and labels ({@link NameSyntax} has those):
 * port names, environment variable names, configuration keys, IP addresses, relative paths. Each
 * method returns the server's explanation of what is wrong, or null.
 */
final class Syntax {

    private Syntax() {
    }

    /** An IANA service name (a named port): at most 15 of [-a-z0-9], a letter among them, no '-' at the ends or twice in a row. */
    static String portName(String s) {
        if (s.length() > 15) {
            return "must be no more than 15 characters";
        }
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)";
            }
            letter |= c >= 'a' && c <= 'z';
        }
        if (s.contains("--")) {
            return "must not contain consecutive hyphens";
        }
        if (!letter) {
            return "must contain at least one letter (a-z)";
        }
        if (s.startsWith("-") || s.endsWith("-")) {
            return "must not begin or end with a hyphen";
        }
        return null;
    }

    /** A port number, 1-65535. */
    static String portNumber(long n) {
        return n >= 1 && n <= 65535 ? null : "must be between 1 and 65535, inclusive";
    }

    /** A port given as a number or a name (probes, Service target ports). */
    static String portNumberOrName(Object port) {
        if (port instanceof Long n) {
            return portNumber(n);
        }
        if (port instanceof String s) {
            return s.isEmpty() ? "must contain at least one letter or number (a-z, 0-9)" : portName(s);
        }
        return null;
    }

    /**
     * An environment variable name (also an envFrom prefix). Up to 1.31 a C-like identifier that
     * may also hold '-' and '.'; from 1.32 on (RelaxedEnvironmentVariableValidation, beta) any
     * printable ASCII character but '='.
     */
    static String envVarName(String s, KubernetesVersion version) {
        if (version.atLeast(1, 32)) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 32 || c > 126 || c == '=') {
                    return "a valid environment variable name must consist only of printable ASCII characters other than '='";
                }
            }
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '-' || c == '.' || i > 0 && c >= '0' && c <= '9';
            if (!ok) {
                return "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";
            }
        }
        return null;
    }

    /** A ConfigMap or Secret key: at most 253 of [-._a-zA-Z0-9], not '.' or '..' and not starting with '..'. */
    static String configKey(String s) {
        if (s.length() > 253) {
            return "must be no more than 253 characters";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_')) {
                return "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";
            }
        }
        if (s.isEmpty()) {
            return "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";
        }
        if (s.equals(".") || s.equals("..") || s.startsWith("..")) {
            return "must not be '.' or '..' or start with '..'";
        }
        return null;
    }

    /** A path below a volume (items, subPath): relative, without a '..' element. */
    static String relativePath(String s) {
        if (s.startsWith("/")) {
            return "must be a relative path";
        }
        for (String element : s.split("/", -1)) {
            if (element.equals("..")) {
                return "must not contain '..'";
            }
        }
        return null;
    }

    /** A volume file path (items, projections): a {@link #relativePath} that also does not start with '..'. */
    static String volumeFilePath(String s) {
        String problem = relativePath(s);
        if (problem == null && s.startsWith("..")) {
            return "must not start with '..'";
        }
        return problem;
    }

    /** An IPv4 or IPv6 address, as Go's net.ParseIP reads it. */
    static boolean ip(String s) {
        return s.indexOf(':') >= 0 ? ipv6(s) : ipv4(s);
    }

    static boolean ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            if (p.length() > 1 && p.charAt(0) == '0' || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean ipv6(String s) {
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] groups = s.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (g.isEmpty()) {
                continue; // part of "::" (checked above), or a leading/trailing colon of "::"
            }
            if (i == groups.length - 1 && g.indexOf('.') >= 0) {
                if (!ipv4(g)) {
                    return false;
                }
                count += 2;
                continue;
            }
            if (g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            count++;
        }
        if (s.startsWith(":") && !s.startsWith("::") || s.endsWith(":") && !s.endsWith("::")) {
            return false;
        }
        return doubleColon >= 0 ? count < 8 : count == 8;
    }

    /**
     * A DNS search domain of a pod's dnsConfig: a DNS-1123 subdomain, a trailing dot allowed. From
     * 1.33 on (RelaxedDNSSearchValidation, beta) also '_' and the single domain ".".
     */
    static String dnsSearch(String s, KubernetesVersion version) {
        boolean relaxed = version.atLeast(1, 33);
        if (relaxed && s.equals(".")) {
            return null;
        }
        String name = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        boolean ok = name.length() <= 253 && NameSyntax.dns1123Subdomain(relaxed ? name.replace('_', 'a') : name);
        return ok ? null : relaxed
                ? "a valid DNS search domain must consist of lower case alphanumeric characters, '-', '_' or '.'"
                : "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
    }
}
