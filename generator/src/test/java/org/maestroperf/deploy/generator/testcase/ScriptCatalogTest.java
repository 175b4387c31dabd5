package org.maestroperf.deploy.generator.testcase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptCatalogTest {

    @Test
    void parameterNamesFollowUpstreamsCamelToSnakeRule() {
        assertThat(ScriptCatalog.variableOf("sendReceiveUrl")).isEqualTo("SEND_RECEIVE_URL");
        assertThat(ScriptCatalog.variableOf("testComments")).isEqualTo("TEST_COMMENTS");
        assertThat(ScriptCatalog.parameterOf("PARALLEL_COUNT_INCREMENT")).isEqualTo("parallelCountIncrement");
        for (String script : ScriptCatalog.imageScriptNames()) {
            Script s = ScriptCatalog.imageScript(script).orElseThrow();
            s.required().forEach(v -> assertThat(ScriptCatalog.variableOf(ScriptCatalog.parameterOf(v))).isEqualTo(v));
        }
    }

    @Test
    void scriptsReadTheVariablesTheirCodeReads() {
        Script fixed = ScriptCatalog.imageScript("FixedRateTest").orElseThrow();
        assertThat(fixed.required()).contains("RATE", "PARALLEL_COUNT");
        assertThat(fixed.reads("TEST_COMMENTS")).isTrue();
        assertThat(fixed.reads("TEST_COMMENT")).isFalse();
        assertThat(fixed.path()).isEqualTo("/opt/maestro/maestro-cli/scripts/singlepoint/FixedRateTest.groovy");
        assertThat(ScriptCatalog.imageScript("IncrementalTest").orElseThrow().required()).contains("MAXIMUM_LATENCY");
        assertThat(ScriptCatalog.imageScript("FlexibleTest").orElseThrow().reads("SOURCE_BRANCH")).isTrue();
        assertThat(ScriptCatalog.imageScript("NoSuchTest")).isEmpty();
    }
}
