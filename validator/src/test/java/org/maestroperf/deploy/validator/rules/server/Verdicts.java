package org.maestroperf.deploy.validator.rules.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maestroperf.deploy.validator.ValidationOptions;
import org.maestroperf.deploy.validator.Validator;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.schema.KubernetesVersion;
import org.maestroperf.deploy.validator.source.SourceDocument;

/**
 * The verdict table recorded from a real API server ({@code server-validation/verdicts.tsv}: id,
 * category, digest of the case's YAML, accepted or rejected, the server's message), and our own
 * verdict on a case.
 */
final class Verdicts {

    static final Path TABLE = Path.of("src", "test", "resources", "server-validation", "verdicts.tsv");
    static final String HEADER = "id\tcategory\tdigest\tverdict\tmessage";

    /**
     * Rules about how the objects of a bundle fit together, not about whether the API server takes
     * each one: a single object the server accepts may still reference a ConfigMap that is not in
     * its bundle, so these do not count towards our verdict.
     */
    static final Set<String> BUNDLE_RULES = Set.of("references", "service-selects-pods", "service-target-port", "backend-service",
            "duplicate-object");

    record Row(String id, String category, String digest, boolean accepted, String message) {
        String line() {
            return String.join("\t", id, category, digest, accepted ? "accepted" : "rejected", message.replace('\t', ' ').replace('\n', ' '));
        }
    }

    private Verdicts() {
    }

    static Map<String, Row> read(Path table) throws IOException {
        Map<String, Row> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(table)) {
            if (line.startsWith("#") || line.equals(HEADER) || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", 5);
            out.put(f[0], new Row(f[0], f[1], f[2], f[3].equals("accepted"), f.length > 4 ? f[4] : ""));
        }
        return out;
    }

    static void write(Path table, String source, List<Row> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Verdicts of a real API server on MutationCorpus (seed " + MutationCorpus.SEED + "), by server-side dry-run create.");
        lines.add("# Recorded from " + source + " by ServerVerdictsLiveTest (MAESTRO_IT_KUBECONFIG=... MAESTRO_RECORD_VERDICTS=true).");
        lines.add(HEADER);
        rows.forEach(r -> lines.add(r.line()));
        Files.write(table, lines);
    }

    /** Our errors on a case at a Kubernetes version: the findings an API server's refusal corresponds to. */
    static List<Finding> errors(Validator validator, MutationCorpus.Case c) {
        return validator.validate(List.of(new SourceDocument(c.id() + ".yaml", c.yaml()))).stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> !BUNDLE_RULES.contains(f.rule()) && !f.rule().startsWith("maestro-"))
                .toList();
    }

    static Validator validator(KubernetesVersion version, Set<String> skip) {
        return new Validator(new ValidationOptions(version, List.of(), true, false, skip, Set.of(), Set.of(), null));
    }

    /** The verdict a version gives: the recorded one (1.20), unless the case says that version changed it. */
    static boolean expectedAccepted(Row row, MutationCorpus.Case c, KubernetesVersion version) {
        if (c.differs() == null) {
            return row.accepted();
        }
        return version.atLeast(1, 33) ? c.differs().acceptedOn133() : c.differs().acceptedOn130();
    }
}
