package org.maestroperf.deploy.validator.report;

import java.io.PrintWriter;

import org.maestroperf.deploy.text.Visible;

/** {@code file:line:col severity rule message}, one line per finding, then the summary line. */
final class TextWriter implements ReportWriter {

    @Override
    public void write(Report report, PrintWriter out) {
        for (Finding f : report.findings()) {
            out.println(Visible.line(f.file()) + ":" + f.line() + ":" + f.column() + " " + f.severity().label() + " "
                    + Visible.line(f.rule()) + " " + Visible.line(f.message()));
        }
        out.println(report.summary());
    }
}
