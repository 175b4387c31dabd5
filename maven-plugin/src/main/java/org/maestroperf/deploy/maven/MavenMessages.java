package org.maestroperf.deploy.maven;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maestroperf.deploy.validator.report.Finding;

/**
 * Positions in Maven's own error format, {@code file:[line,column] message}, as the compiler
 * reports them, so IDEs and CI link each line to its place.
 */
final class MavenMessages {

    /**
     * A problem starts with its position as {@code SourcePosition} writes it, {@code file:line:column: };
     * the first such triple is the position (a Windows drive letter has no line).
     */
    private static final Pattern POSITION = Pattern.compile("^(.+?):(\\d+):(\\d+): (.*)$", Pattern.DOTALL);

    private MavenMessages() {
    }

    /** A {@code UserException} problem, its leading {@code file:line:column:} in Maven's form. */
    static String problem(String problem) {
        Matcher m = POSITION.matcher(problem);
        return m.matches() ? position(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) + " "
                + m.group(4) : problem;
    }

    /** A validator finding: {@code file:[line,column] severity rule message}. */
    static String finding(Finding f) {
        return position(f.file(), f.line(), f.column()) + " " + f.severity().label() + " " + f.rule() + " " + f.message();
    }

    private static String position(String file, int line, int column) {
        return line > 0 ? file + ":[" + line + "," + column + "]" : file;
    }
}
