package org.maestroperf.deploy.validator.report;

import java.util.Comparator;

/**
 * One problem found in the input: where (file, 1-based line and column, JSON pointer of the
 * offending field within its YAML document), how bad, which rule and what.
 *
 * @param file     the file as it was named (a generated bundle's file by its path in the bundle)
 * @param line     1-based line
 * @param column   1-based column
 * @param pointer  JSON pointer of the offending field in its document, {@code ""} for the document
 * @param severity how bad
 * @param rule     the rule's id (see docs/rules.md), or {@code schema}
 * @param message  one line for the user
 */
public record Finding(String file, int line, int column, String pointer, Severity severity, String rule,
        String message) {

    /**
     * The order findings are reported in, whatever order they were found in.
     *
     * @param fileRank the position of a file among the inputs
     * @return by file, line, column, rule, message, pointer
     */
    public static Comparator<Finding> order(java.util.function.ToIntFunction<String> fileRank) {
        return Comparator.<Finding>comparingInt(f -> fileRank.applyAsInt(f.file()))
                .thenComparing(Finding::file)
                .thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column)
                .thenComparing(Finding::rule)
                .thenComparing(Finding::message)
                .thenComparing(Finding::pointer);
    }

    /**
     * This finding with another severity.
     *
     * @param s the severity
     * @return the new finding
     */
    public Finding withSeverity(Severity s) {
        return new Finding(file, line, column, pointer, s, rule, message);
    }
}
