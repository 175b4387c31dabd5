package org.maestroperf.deploy.validator.report;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.util.List;

import org.maestroperf.deploy.validator.rules.Rule;

/** The output formats of a report: text for people, json/junit/tap/sarif for tools; each has its {@link ReportWriter}. */
public enum OutputFormat {
    /** {@code file:line:col severity rule message}, then a summary line. */
    TEXT,
    /** One object with the findings and a summary. */
    JSON,
    /** JUnit XML: a test case per finding, a failure for each, as CI servers read it. */
    JUNIT,
    /** TAP version 13: errors are {@code not ok}. */
    TAP,
    /** SARIF 2.1.0, for code-scanning tools. */
    SARIF;

    /**
     * The writer of this format.
     *
     * @param rules the rules whose ids and summaries SARIF lists ({@code Rules.all()})
     * @return the writer
     */
    public ReportWriter writer(List<Rule> rules) {
        return switch (this) {
            case TEXT -> new TextWriter();
            case JSON -> new JsonWriter();
            case JUNIT -> new JUnitWriter();
            case TAP -> new TapWriter();
            case SARIF -> new SarifWriter(rules);
        };
    }

    /**
     * Writes the report in this format.
     *
     * @param report the report
     * @param rules  the rules whose ids and summaries SARIF lists ({@code Rules.all()})
     * @param target where it goes; flushed, not closed
     */
    public void write(Report report, List<Rule> rules, PrintWriter target) {
        // one buffer for the whole report: the console writer flushes on every line otherwise
        PrintWriter out = new PrintWriter(new BufferedWriter(target, 1 << 16));
        writer(rules).write(report, out);
        out.flush();
        target.flush();
    }
}
