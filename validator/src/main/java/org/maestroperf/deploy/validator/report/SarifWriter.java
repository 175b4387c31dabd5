package org.maestroperf.deploy.validator.report;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.maestroperf.deploy.text.Json;
import org.maestroperf.deploy.validator.rules.Rule;
import org.maestroperf.deploy.validator.template.TemplateLint;

/** SARIF 2.1.0: every rule described, each finding a result with file, line, column and pointer. */
final class SarifWriter implements ReportWriter {

    private final List<Rule> rules;

    SarifWriter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public void write(Report report, PrintWriter out) {
        Map<String, String> descriptions = new TreeMap<>();
        descriptions.put("schema", "objects conform to the strict schema of their kind");
        descriptions.put("schema-missing", "a schema exists for every kind");
        rules.forEach(rule -> descriptions.put(rule.id(), rule.summary()));
        descriptions.putAll(TemplateLint.RULES);
        report.findings().forEach(f -> descriptions.putIfAbsent(f.rule(), "the input can be read as Kubernetes objects"));

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "maestro-deploy");
        driver.put("informationUri", "https://github.com/maestro-performance");
        driver.put("rules", descriptions.entrySet().stream()
                .map(e -> Map.of("id", e.getKey(), "shortDescription", Map.of("text", e.getValue()))).toList());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", report.findings().stream().map(SarifWriter::result).toList());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        document.put("version", "2.1.0");
        document.put("runs", List.of(run));
        out.println(Json.indented(document));
    }

    private static Map<String, Object> result(Finding f) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", Math.max(1, f.line()));
        region.put("startColumn", Math.max(1, f.column()));
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", f.file().replace('\\', '/')));
        physical.put("region", region);
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical);
        location.put("logicalLocations", List.of(Map.of("fullyQualifiedName", f.pointer())));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", f.rule());
        result.put("level", f.severity().label());
        result.put("message", Map.of("text", f.message()));
        result.put("locations", List.of(location));
        return result;
    }
}
