package org.maestroperf.deploy.validator.report;

import java.util.Comparator;

/**
 * One problem found in the input: where (file, 1-based line and column, JSON pointer of the
 * offending field within its YAML document), how bad, which rule and what.
 */
public record Finding(String file, int line, int column, String pointer, Severity severity, String rule,
        String message) {

    /** The order findings are reported in, whatever order they were found in. */
    public static Comparator<Finding> order(java.util.function.ToIntFunction<String> fileRank) {
        return Comparator.<Finding>comparingInt(f -> fileRank.applyAsInt(f.file()))
                .thenComparing(Finding::file)
                .thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column)
                .thenComparing(Finding::rule)
                .thenComparing(Finding::message)
                .thenComparing(Finding::pointer);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(file, line, column, pointer, s, rule, message);
    }
}
