package org.maestroperf.deploy.validator.report;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.maestroperf.deploy.text.Json;

/** {@code {"findings": [{file, line, column, pointer, severity, rule, message}], "summary": {...}}}. */
final class JsonWriter implements ReportWriter {

    @Override
    public void write(Report report, PrintWriter out) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", report.files());
        summary.put("objects", report.objects());
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("findings", report.findings().stream().map(JsonWriter::finding).toList());
        document.put("summary", summary);
        out.println(Json.indented(document));
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("file", f.file());
        item.put("line", f.line());
        item.put("column", f.column());
        item.put("pointer", f.pointer());
        item.put("severity", f.severity().label());
        item.put("rule", f.rule());
        item.put("message", f.message());
        return item;
    }
}
