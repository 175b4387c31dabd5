package org.maestroperf.deploy.openshift;

import java.util.function.Function;

import org.maestroperf.deploy.input.InputLimits;

/**
 * What substituting one Template's parameters may still produce: {@link InputLimits#MAX_PROCESSED_CHARS}
 * characters in all. A Template of a few hundred kilobytes that references a long parameter value
 * tens of thousands of times would otherwise expand to gigabytes; the budget stops it before the
 * text is built. Used by one thread for one Template.
 */
public final class ExpansionBudget {

    private long left = InputLimits.MAX_PROCESSED_CHARS;

    /** {@code s} with every {@code ${NAME}} the lookup knows replaced, or null once the budget is spent. */
    public String substituteText(String s, Function<String, String> lookup) {
        if (s.indexOf("${") < 0) {
            return s;
        }
        String out = left < 0 ? null : ParameterRefs.substituteText(s, lookup, left);
        left = out == null ? -1 : left - out.length();
        return out;
    }

    /** Counts a value placed whole ({@code ${{NAME}}}); false once the budget is spent. */
    public boolean spend(String value) {
        left = left < 0 || value.length() > left ? -1 : left - value.length();
        return left >= 0;
    }

    /** The refusal, in the user's words, for the Template read from {@code source}. */
    public static String refusal(String source) {
        return source + ": its parameters expand the objects to more than " + InputLimits.MAX_PROCESSED_CHARS
                + " characters (a long value referenced many times); refused";
    }
}
