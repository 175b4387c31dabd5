package org.maestroperf.deploy.cli;

import java.io.PrintWriter;

/** Old option spellings that keep working for one release, each saying so in one line on stderr. */
final class DeprecatedSpelling {

    private DeprecatedSpelling() {
    }

    /** {@code warning: OLD is deprecated[ and WHY]; use REPLACEMENT}; {@code why} may be null. */
    static void warn(PrintWriter err, String old, String why, String replacement) {
        err.println("warning: " + old + " is deprecated" + (why == null ? "" : " and " + why) + "; use " + replacement);
    }
}
