package org.maestroperf.deploy.generator.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.diag.UserException;

class ProfileExplainerTest {

    private final EffectiveProfile openshift = new ProfileLoader()
            .load(List.of("openshift-activemq"), List.of("worker.env[JAVA_OPTS].value=-Xmx1g"));

    @Test
    void aKeyShowsItsSubtreeWithTheLayerThatSetEachValue() {
        assertThat(ProfileExplainer.explain(openshift, "reports.storage")).containsExactly(
                "reports.storage.size: 30Gi         # profiles/base.yaml:"
                        + ProfileLines.line("base", "reports:", "    size: 30Gi") + ":11",
                "reports.storage.className: null    # profiles/base.yaml:"
                        + ProfileLines.line("base", "reports:", "    className: null") + ":16");
        assertThat(ProfileExplainer.explain(openshift, "reports.routeTls"))
                .containsExactly("reports.routeTls: edge    # profiles/openshift.yaml:12:13");
    }

    @Test
    void listItemsAreShownByNameAndSetValuesNameTheirOption() {
        assertThat(ProfileExplainer.explain(openshift, "worker.env")).containsExactly(
                "worker.env[JAVA_OPTS].name: JAVA_OPTS    # --set worker.env[JAVA_OPTS].value=-Xmx1g",
                "worker.env[JAVA_OPTS].value: \"-Xmx1g\"    # --set worker.env[JAVA_OPTS].value=-Xmx1g");
    }

    @Test
    void everyLeafIsListedOnceInTheProfilesKeyOrder() {
        List<String> lines = ProfileExplainer.explain(openshift, null);

        assertThat(lines.get(0)).startsWith("namespace: maestro ");
        assertThat(lines).anyMatch(l -> l.startsWith("security.dropCapabilities[0]: ALL "))
                .anyMatch(l -> l.startsWith("broker.env: [] "))
                .allMatch(l -> l.contains("    # "));
        assertThat(lines.stream().map(l -> l.substring(0, l.indexOf(':')))).doesNotHaveDuplicates();
    }

    @Test
    void valuesThatWouldReadBackDifferentlyAreQuoted() {
        assertThat(ProfileExplainer.render("1")).isEqualTo("\"1\"");
        assertThat(ProfileExplainer.render("true")).isEqualTo("\"true\"");
        assertThat(ProfileExplainer.render("a: b # c")).isEqualTo("\"a: b # c\"");
        assertThat(ProfileExplainer.render("line\n\"x\"")).isEqualTo("\"line\\n\\\"x\\\"\"");
        assertThat(ProfileExplainer.render("eclipse-mosquitto:1.4.12")).isEqualTo("eclipse-mosquitto:1.4.12");
        assertThat(ProfileExplainer.render(null)).isEqualTo("null");
    }

    @Test
    void anUnknownKeyGetsASuggestion() {
        assertThatThrownBy(() -> ProfileExplainer.explain(openshift, "worker.replica"))
                .isInstanceOf(UserException.class)
                .hasMessage("unknown key 'worker.replica'; did you mean 'worker.replicas'?");
    }
}
