package org.maestroperf.deploy.validator.report;

import java.io.PrintWriter;

/**
 * Writes a report in one output format; one class per format, as kubeconform's {@code pkg/output}.
 * Every string that came from the input (file names, messages quoting values, pointers) is escaped
 * for the format by the writer, so no input can add a line, a finding or markup to the output.
 */
public interface ReportWriter {

    void write(Report report, PrintWriter out);
}
