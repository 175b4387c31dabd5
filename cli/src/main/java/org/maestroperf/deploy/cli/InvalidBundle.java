package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.maestroperf.deploy.pipeline.CheckedBundle;
import org.maestroperf.deploy.validator.report.OutputFormat;

/**
 * A rendered bundle that does not validate, refused by whichever command generated it (generate,
 * run --profile, template, ...): its findings as {@code validate} prints them, then one line saying
 * what was not done. Exit code {@link ExitCode#FAILED}, as for validate's errors.
 */
final class InvalidBundle extends RuntimeException {

    private final transient CheckedBundle checked;
    private final String consequence;

    private InvalidBundle(CheckedBundle checked, String consequence) {
        super(consequence, null, false, false);
        this.checked = checked;
        this.consequence = consequence;
    }

    /** The bundle when it validates; otherwise refused with {@code consequence} ("nothing written"). */
    static CheckedBundle require(CheckedBundle checked, String consequence) {
        if (!checked.valid()) {
            throw new InvalidBundle(checked, consequence);
        }
        return checked;
    }

    /** Warnings of a bundle that is used all the same, as validate prints them. */
    static void printFindings(CheckedBundle checked, PrintWriter err) {
        if (!checked.report().findings().isEmpty()) {
            OutputFormat.TEXT.write(checked.report(), List.of(), err);
        }
    }

    void print(PrintWriter err) {
        printFindings(checked, err);
        err.println("error: " + line());
    }

    /** What was not done, and why. */
    String line() {
        return consequence + ": the rendered bundle does not validate (see above)";
    }

    /** The findings as validate's text lines, for a command that reports in JSON. */
    List<String> findingLines() {
        StringWriter text = new StringWriter();
        printFindings(checked, new PrintWriter(text));
        return text.toString().lines().toList();
    }
}
