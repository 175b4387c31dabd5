package org.maestroperf.deploy.runner.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.maestroperf.deploy.runner.watch.Diagnosis;
import org.maestroperf.deploy.text.Json;

/**
 * Lays out {@code --results DIR}: one directory per test case ({@code client.log}, {@code pod.yaml},
 * {@code events.yaml}, {@code reports.json} or {@code reports-error.txt}), plus {@code summary.json}
 * and {@code junit.xml}.
 */
public final class ResultsWriter {

    private final Path dir;
    private final KubernetesSerialization serialization = new KubernetesSerialization();

    public ResultsWriter(Path dir) {
        this.dir = dir;
    }

    /**
     * Why results could not be written to {@code dir}, or null when they can: asked before a run
     * starts, so that a file named by mistake is refused before anything is sent to the cluster.
     */
    public static String unwritable(Path dir) {
        Path existing = dir.toAbsolutePath().normalize();
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing)) {
            return existing + " is a file, not a directory";
        }
        return Files.isWritable(existing) ? null : existing + " is not writable";
    }

    public void writeTestCase(TestCaseResult result, Pod pod, Diagnosis diagnosis, ReportsSnapshot reports) {
        Path caseDir = dir.resolve(result.name());
        write(caseDir.resolve("client.log"), diagnosis.log());
        write(caseDir.resolve("pod.yaml"), pod == null ? "# no pod was created\n" : serialization.asYaml(pod));
        write(caseDir.resolve("events.yaml"), serialization.asYaml(diagnosis.events()));
        if (reports.body() != null) {
            write(caseDir.resolve("reports.json"), reports.body());
        } else {
            write(caseDir.resolve("reports-error.txt"), reports.error() + "\n");
        }
    }

    /** Writes summary.json and junit.xml. */
    public void writeSummary(String bundle, String outcome, List<TestCaseResult> results, List<String> messages) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("bundle", bundle);
        summary.put("outcome", outcome);
        summary.put("messages", messages);
        summary.put("testCases", results.stream().map(r -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", r.name());
            item.put("job", r.job());
            item.put("verdict", r.verdict().name());
            item.put("attempts", r.attempts());
            item.put("durationSeconds", r.duration().toMillis() / 1000.0);
            item.put("reason", r.reason());
            return item;
        }).toList());
        write(dir.resolve("summary.json"), Json.line(summary) + "\n");
        write(dir.resolve("junit.xml"), JUnitXml.render(bundle, results));
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
