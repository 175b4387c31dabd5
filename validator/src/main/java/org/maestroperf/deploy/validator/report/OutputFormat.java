package org.maestroperf.deploy.validator.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.maestroperf.deploy.validator.rules.Rule;
import org.maestroperf.deploy.validator.template.TemplateLint;

/** How a report is written: text for people, json/junit/tap/sarif for tools. */
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
     * Writes the report.
     *
     * @param report the report
     * @param rules  the rules whose ids and summaries SARIF lists ({@code Rules.all()})
     * @param target where it goes; flushed, not closed
     */
    public void write(Report report, List<Rule> rules, PrintWriter target) {
        // one buffer for the whole report: the console writer flushes on every line otherwise
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(target, 1 << 16));
        switch (this) {
            case TEXT -> text(report, out);
            case JSON -> json(report, out);
            case JUNIT -> junit(report, out);
            case TAP -> tap(report, out);
            case SARIF -> sarif(report, rules, out);
            default -> throw new IllegalStateException(name());
        }
        out.flush();
        target.flush();
    }

    private static void text(Report r, PrintWriter out) {
        for (Finding f : r.findings()) {
            out.println(f.file() + ":" + f.line() + ":" + f.column() + " " + f.severity().label() + " " + f.rule() + " " + f.message());
        }
        out.println(summary(r));
    }

    /**
     * One line for a report.
     *
     * @param r the report
     * @return {@code 12 objects in 3 files: 2 errors, 1 warning}
     */
    public static String summary(Report r) {
        return r.objects() + " object" + (r.objects() == 1 ? "" : "s") + " in " + r.files() + " file" + (r.files() == 1 ? "" : "s")
                + ": " + r.count(Severity.ERROR) + " error" + (r.count(Severity.ERROR) == 1 ? "" : "s") + ", "
                + r.count(Severity.WARNING) + " warning" + (r.count(Severity.WARNING) == 1 ? "" : "s");
    }

    private static void json(Report r, PrintWriter out) {
        out.println("{");
        out.println("  \"findings\": [");
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            out.print("    {\"file\": " + q(f.file()) + ", \"line\": " + f.line() + ", \"column\": " + f.column()
                    + ", \"pointer\": " + q(f.pointer()) + ", \"severity\": " + q(f.severity().label()) + ", \"rule\": "
                    + q(f.rule()) + ", \"message\": " + q(f.message()) + "}");
            out.println(i + 1 < r.findings().size() ? "," : "");
        }
        out.println("  ],");
        out.println("  \"summary\": {\"files\": " + r.files() + ", \"objects\": " + r.objects() + ", \"errors\": "
                + r.count(Severity.ERROR) + ", \"warnings\": " + r.count(Severity.WARNING) + "}");
        out.println("}");
    }

    private static void junit(Report r, PrintWriter out) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        r.findings().forEach(f -> byFile.computeIfAbsent(f.file(), k -> new java.util.ArrayList<>()).add(f));
        long failures = r.count(Severity.ERROR) + r.count(Severity.WARNING);
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"maestro-deploy validate\" tests=\"" + Math.max(1, r.findings().size())
                + "\" failures=\"" + failures + "\">");
        out.println("  <testsuite name=\"validate\" tests=\"" + Math.max(1, r.findings().size()) + "\" failures=\"" + failures + "\">");
        if (r.findings().isEmpty()) {
            out.println("    <testcase classname=\"validate\" name=\"" + x(summary(r)) + "\"/>");
        }
        for (Finding f : r.findings()) {
            out.println("    <testcase classname=\"" + x(f.file()) + "\" name=\"" + x(f.rule() + " " + f.file() + ":" + f.line()
                    + ":" + f.column()) + "\">");
            out.println("      <failure type=\"" + f.severity().label() + "\" message=\"" + x(f.message()) + "\">"
                    + x(f.pointer()) + "</failure>");
            out.println("    </testcase>");
        }
        out.println("  </testsuite>");
        out.println("</testsuites>");
    }

    private static void tap(Report r, PrintWriter out) {
        out.println("TAP version 13");
        int n = Math.max(1, r.findings().size());
        out.println("1.." + n);
        if (r.findings().isEmpty()) {
            out.println("ok 1 - " + summary(r));
        }
        int i = 1;
        for (Finding f : r.findings()) {
            String status = f.severity() == Severity.ERROR ? "not ok" : "ok";
            out.println(status + " " + i++ + " - " + f.file() + ":" + f.line() + ":" + f.column() + " " + f.rule() + " "
                    + f.message().replace("#", "\\#") + (f.severity() == Severity.ERROR ? "" : " # " + f.severity().label().toUpperCase(Locale.ROOT)));
        }
    }

    private static void sarif(Report r, List<Rule> rules, PrintWriter out) {
        out.println("{");
        out.println("  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",");
        out.println("  \"version\": \"2.1.0\",");
        out.println("  \"runs\": [{");
        out.println("    \"tool\": {\"driver\": {\"name\": \"maestro-deploy\", \"informationUri\": \"https://github.com/maestro-performance\", \"rules\": [");
        Map<String, String> descriptions = new TreeMap<>();
        descriptions.put("schema", "objects conform to the strict schema of their kind");
        descriptions.put("schema-missing", "a schema exists for every kind");
        rules.forEach(rule -> descriptions.put(rule.id(), rule.summary()));
        descriptions.putAll(TemplateLint.RULES);
        r.findings().forEach(f -> descriptions.putIfAbsent(f.rule(), "the input can be read as Kubernetes objects"));
        int i = 0;
        for (Map.Entry<String, String> e : descriptions.entrySet()) {
            out.println("      {\"id\": " + q(e.getKey()) + ", \"shortDescription\": {\"text\": " + q(e.getValue()) + "}}"
                    + (++i < descriptions.size() ? "," : ""));
        }
        out.println("    ]}},");
        out.println("    \"results\": [");
        for (int k = 0; k < r.findings().size(); k++) {
            Finding f = r.findings().get(k);
            String level = f.severity().label();
            out.print("      {\"ruleId\": " + q(f.rule()) + ", \"level\": " + q(level) + ", \"message\": {\"text\": " + q(f.message())
                    + "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": " + q(f.file().replace('\\', '/'))
                    + "}, \"region\": {\"startLine\": " + Math.max(1, f.line()) + ", \"startColumn\": " + Math.max(1, f.column())
                    + "}}, \"logicalLocations\": [{\"fullyQualifiedName\": " + q(f.pointer()) + "}]}]}");
            out.println(k + 1 < r.findings().size() ? "," : "");
        }
        out.println("    ]");
        out.println("  }]");
        out.println("}");
    }

    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String x(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
