package org.maestroperf.deploy.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void levenshteinCountsSingleCharacterEdits() {
        assertThat(Suggestions.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.levenshtein("", "abc")).isEqualTo(3);
        assertThat(Suggestions.levenshtein("replicas", "replicas")).isZero();
        assertThat(Suggestions.levenshtein("replicsa", "replicas")).isEqualTo(2);
    }

    @Test
    void theClosestNearbyCandidateIsSuggestedAndFarOnesAreNot() {
        List<String> names = List.of("openshift", "okd", "kubernetes");

        assertThat(Suggestions.closest("opnshift", names)).contains("openshift");
        assertThat(Suggestions.closest("okb", names)).contains("okd");
        assertThat(Suggestions.closest("docker", names)).isEmpty();
    }
}
