package org.maestroperf.deploy.openshift;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two reference forms of OpenShift Templates, with oc's exact syntax. */
public final class ParameterRefs {

    /** {@code ${NAME}}: text substitution anywhere inside a string. */
    private static final Pattern TEXT = Pattern.compile("\\$\\{([a-zA-Z0-9_]+?)}");
    /** {@code ${{NAME}}}: replaces the whole string by the value read as JSON; only as the whole string. */
    private static final Pattern WHOLE = Pattern.compile("\\$\\{\\{([a-zA-Z0-9_]+)}}");
    /** What a parameter name may be. */
    public static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_]+");

    private ParameterRefs() {
    }

    /** The parameter named by a string that is exactly {@code ${{NAME}}}, or null. */
    public static String wholeValue(String s) {
        Matcher m = WHOLE.matcher(s);
        return m.matches() ? m.group(1) : null;
    }

    /** Every {@code ${{NAME}}} in {@code s} that is not the whole string (oc leaves those unreplaced). */
    public static Set<String> embeddedWhole(String s) {
        Set<String> names = new LinkedHashSet<>();
        if (wholeValue(s) == null) {
            Matcher m = WHOLE.matcher(s);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Every parameter {@code s} refers to, in either form. */
    public static Set<String> names(String s) {
        Set<String> names = new LinkedHashSet<>();
        Matcher whole = WHOLE.matcher(s);
        while (whole.find()) {
            names.add(whole.group(1));
        }
        Matcher text = TEXT.matcher(s);
        while (text.find()) {
            names.add(text.group(1));
        }
        return names;
    }

    /** The names {@code s} uses in the {@code ${NAME}} (string) form. */
    public static Set<String> textNames(String s) {
        Set<String> names = new LinkedHashSet<>();
        Matcher text = TEXT.matcher(s);
        while (text.find()) {
            names.add(text.group(1));
        }
        return names;
    }

    /** {@code s} with every {@code ${NAME}} the lookup knows replaced, in one pass (values are not re-read). */
    public static String substituteText(String s, Function<String, String> lookup) {
        return substituteText(s, lookup, Long.MAX_VALUE);
    }

    /** As {@link #substituteText(String, Function)}, or null (and nothing built) when the result would be longer than {@code maxLength}. */
    static String substituteText(String s, Function<String, String> lookup, long maxLength) {
        Matcher m = TEXT.matcher(s);
        StringBuilder out = new StringBuilder();
        int end = 0;
        while (m.find()) {
            String value = lookup.apply(m.group(1));
            String replacement = value == null ? m.group() : value;
            if ((long) out.length() + (m.start() - end) + replacement.length() > maxLength) {
                return null;
            }
            out.append(s, end, m.start()).append(replacement);
            end = m.end();
        }
        if ((long) out.length() + (s.length() - end) > maxLength) {
            return null;
        }
        return out.append(s, end, s.length()).toString();
    }

    /** The text form of a reference. */
    public static String text(String name) {
        return "${" + name + "}";
    }

    /** The whole-value (typed) form of a reference. */
    public static String whole(String name) {
        return "${{" + name + "}}";
    }
}
