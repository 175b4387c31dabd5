package org.maestroperf.deploy.validator.report;

import java.io.PrintWriter;
import java.util.Locale;

import org.maestroperf.deploy.text.Visible;

/** TAP 13: errors as {@code not ok}, warnings as {@code ok ... # WARNING}, one line each. */
final class TapWriter implements ReportWriter {

    @Override
    public void write(Report report, PrintWriter out) {
        out.println("TAP version 13");
        out.println("1.." + Math.max(1, report.findings().size()));
        if (report.findings().isEmpty()) {
            out.println("ok 1 - " + report.summary());
        }
        int i = 1;
        for (Finding f : report.findings()) {
            boolean error = f.severity() == Severity.ERROR;
            out.println((error ? "not ok " : "ok ") + i++ + " - "
                    + description(f.file() + ":" + f.line() + ":" + f.column() + " " + f.rule() + " " + f.message())
                    + (error ? "" : " # " + f.severity().label().toUpperCase(Locale.ROOT)));
        }
    }

    /** One line, with TAP's escapes: {@code \\} for a backslash and {@code \#} for a hash, which would start a directive. */
    private static String description(String s) {
        return Visible.line(s).replace("\\", "\\\\").replace("#", "\\#");
    }
}
