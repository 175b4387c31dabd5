package org.maestroperf.deploy.validator.report;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.util.List;

import org.maestroperf.deploy.validator.rules.Rule;

/** The output formats of a report: text for people, json/junit/tap/sarif for tools; each has its {@link ReportWriter}. */
public enum OutputFormat {
    TEXT, JSON, JUNIT, TAP, SARIF;

    /** The writer of this format; {@code rules} describe rule ids in SARIF. */
    public ReportWriter writer(List<Rule> rules) {
        return switch (this) {
            case TEXT -> new TextWriter();
            case JSON -> new JsonWriter();
            case JUNIT -> new JUnitWriter();
            case TAP -> new TapWriter();
            case SARIF -> new SarifWriter(rules);
        };
    }

    /** Writes the report in this format. */
    public void write(Report report, List<Rule> rules, PrintWriter target) {
        // one buffer for the whole report: the console writer flushes on every line otherwise
        PrintWriter out = new PrintWriter(new BufferedWriter(target, 1 << 16));
        writer(rules).write(report, out);
        out.flush();
        target.flush();
    }
}
