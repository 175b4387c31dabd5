package org.maestroperf.deploy.validator.rules.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.validator.Validator;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.schema.KubernetesVersion;

/**
 * Our verdict on every case of the mutation corpus agrees with the verdict a real API server
 * recorded (verdicts.tsv), without a server: every case it refused we report as an error, none it
 * accepted. Cases whose verdict changed after the recording server's version (1.20) are checked
 * against the verdict of 1.30 and 1.33 they declare, and their recorded verdict against the one
 * they declare for 1.20.
 */
class ServerAgreementTest {

    private static final KubernetesVersion V130 = KubernetesVersion.parse("1.30");
    private static final KubernetesVersion V133 = KubernetesVersion.parse("1.33");

    @Test
    void theTableIsCurrent() throws IOException {
        Map<String, Verdicts.Row> table = Verdicts.read(Verdicts.TABLE);
        List<MutationCorpus.Case> cases = MutationCorpus.cases();
        assertThat(cases).hasSizeGreaterThan(300);
        assertThat(table.keySet()).as("the table's cases are the corpus's; re-record with ServerVerdictsLiveTest")
                .containsExactlyElementsOf(cases.stream().map(MutationCorpus.Case::id).toList());
        for (MutationCorpus.Case c : cases) {
            assertThat(table.get(c.id()).digest()).as("%s was recorded for other YAML; re-record with ServerVerdictsLiveTest", c.id())
                    .isEqualTo(c.digest());
        }
        assertThat(table.values()).filteredOn(r -> !r.accepted()).hasSizeGreaterThan(150);
        assertThat(table.values()).filteredOn(Verdicts.Row::accepted).hasSizeGreaterThan(100);
    }

    @Test
    void agreesWithTheServerAt130() throws IOException {
        assertAgreement(V130);
    }

    @Test
    void agreesWithTheServerAt133() throws IOException {
        assertAgreement(V133);
    }

    @Test
    void versionDifferencesAreRealOnes() throws IOException {
        Map<String, Verdicts.Row> table = Verdicts.read(Verdicts.TABLE);
        for (MutationCorpus.Case c : MutationCorpus.cases()) {
            if (c.differs() != null) {
                // the recorded 1.20 verdict differs from what at least one later version says
                boolean v120 = table.get(c.id()).accepted();
                assertThat(v120 != c.differs().acceptedOn130() || v120 != c.differs().acceptedOn133())
                        .as("%s is declared to differ by version (%s) but does not", c.id(), c.differs().why()).isTrue();
            }
        }
    }

    /**
     * What a strict-schema validator alone (the schema check, every rule skipped: what kubeconform
     * checks) and the validator without the server rules make of the corpus, by category, against
     * the server's verdict at 1.30: the figures of docs/validator.md, printed for it.
     */
    @Test
    void theSchemaAloneMissesMostOfWhatTheServerRefuses() throws IOException {
        Map<String, Verdicts.Row> table = Verdicts.read(Verdicts.TABLE);
        Set<String> allRules = new java.util.TreeSet<>(org.maestroperf.deploy.validator.rules.Rules.SKIPPABLE_CHECKS);
        org.maestroperf.deploy.validator.rules.Rules.all().forEach(r -> allRules.add(r.id()));
        allRules.remove("schema");
        allRules.remove("schema-missing");
        Set<String> serverRules = new java.util.TreeSet<>();
        ServerRules.all().forEach(r -> serverRules.add(r.id()));
        Validator full = Verdicts.validator(V130, Set.of());
        Validator schemaOnly = Verdicts.validator(V130, allRules);
        Validator withoutServerRules = Verdicts.validator(V130, serverRules);
        Map<String, int[]> byCategory = new TreeMap<>();
        for (MutationCorpus.Case c : MutationCorpus.cases()) {
            boolean accepted = Verdicts.expectedAccepted(table.get(c.id()), c, V130);
            // cases, refused, caught by us, false positives; by the schema alone; without the server rules
            int[] n = byCategory.computeIfAbsent(c.category(), k -> new int[8]);
            boolean[] refusedBy = {!Verdicts.errors(full, c).isEmpty(), !Verdicts.errors(schemaOnly, c).isEmpty(),
                    !Verdicts.errors(withoutServerRules, c).isEmpty()};
            n[0]++;
            n[1] += accepted ? 0 : 1;
            for (int v = 0; v < 3; v++) {
                n[2 + 2 * v] += !accepted && refusedBy[v] ? 1 : 0;
                n[3 + 2 * v] += accepted && refusedBy[v] ? 1 : 0;
            }
        }
        int[] total = new int[8];
        StringBuilder out = new StringBuilder("| category | cases | refused by the server | caught / false errors: maestro-deploy"
                + " | strict schema only | without the server rules |\n|---|---|---|---|---|---|\n");
        byCategory.forEach((category, n) -> {
            out.append(String.format("| %s | %d | %d | %d / %d | %d / %d | %d / %d |%n", category, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]));
            for (int i = 0; i < 8; i++) {
                total[i] += n[i];
            }
        });
        out.append(String.format("| **all** | %d | %d | %d / %d | %d / %d | %d / %d |%n", total[0], total[1], total[2], total[3], total[4],
                total[5], total[6], total[7]));
        System.out.println(out);
        assertThat(total[2]).as("refused cases we catch").isEqualTo(total[1]);
        assertThat(total[3]).as("accepted cases we report").isZero();
        assertThat(total[4]).as("refused cases the schema alone catches").isLessThan(total[1] / 4);
        assertThat(total[6]).as("refused cases caught without the server rules").isLessThan(total[1] / 2);
    }

    private static void assertAgreement(KubernetesVersion version) throws IOException {
        Map<String, Verdicts.Row> table = Verdicts.read(Verdicts.TABLE);
        Validator validator = Verdicts.validator(version, Set.of());
        Map<String, List<String>> disagreements = new TreeMap<>();
        for (MutationCorpus.Case c : MutationCorpus.cases()) {
            Verdicts.Row row = table.get(c.id());
            List<Finding> errors = Verdicts.errors(validator, c);
            boolean accepted = Verdicts.expectedAccepted(row, c, version);
            if (accepted != errors.isEmpty()) {
                List<String> detail = new ArrayList<>();
                detail.add((accepted ? "server accepted, we report " : "server refused (" + row.message() + "), we report nothing")
                        + (accepted ? errors.stream().map(f -> f.rule() + ": " + f.message()).toList() : ""));
                disagreements.put(c.id(), detail);
            }
        }
        assertThat(disagreements).as("cases where our verdict differs from the API server's at %s", version.minorName()).isEmpty();
    }
}
