package org.maestroperf.deploy.validator.report;

import java.io.PrintWriter;

import org.maestroperf.deploy.text.Xml;

/** JUnit XML: one test case per finding (errors and warnings as failures), or one passing test case. */
final class JUnitWriter implements ReportWriter {

    @Override
    public void write(Report report, PrintWriter out) {
        long failures = report.count(Severity.ERROR) + report.count(Severity.WARNING);
        int tests = Math.max(1, report.findings().size());
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"maestro-deploy validate\" tests=\"" + tests + "\" failures=\"" + failures + "\">");
        out.println("  <testsuite name=\"validate\" tests=\"" + tests + "\" failures=\"" + failures + "\">");
        if (report.findings().isEmpty()) {
            out.println("    <testcase classname=\"validate\" name=\"" + Xml.attribute(report.summary()) + "\"/>");
        }
        for (Finding f : report.findings()) {
            out.println("    <testcase classname=\"" + Xml.attribute(f.file()) + "\" name=\""
                    + Xml.attribute(f.rule() + " " + f.file() + ":" + f.line() + ":" + f.column()) + "\">");
            out.println("      <failure type=\"" + f.severity().label() + "\" message=\"" + Xml.attribute(f.message()) + "\">"
                    + Xml.text(f.pointer()) + "</failure>");
            out.println("    </testcase>");
        }
        out.println("  </testsuite>");
        out.println("</testsuites>");
    }
}
