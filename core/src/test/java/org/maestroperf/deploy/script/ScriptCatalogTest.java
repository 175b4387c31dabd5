package org.maestroperf.deploy.script;

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

    @Test
    void everyScriptExitsWithoutTheBroker() {
        assertThat(ScriptCatalog.imageScripts()).extracting(Script::name).isEqualTo(ScriptCatalog.imageScriptNames());
        assertThat(ScriptCatalog.imageScripts()).allSatisfy(s -> assertThat(s.required()).contains("MAESTRO_BROKER"));
    }

    @Test
    void anImageScriptIsFoundByTheFileNameOfAnyPath() {
        Script copy = ScriptCatalog.imageScriptAt("/test-scripts/FairIncrementalTest.groovy").orElseThrow();
        assertThat(copy.name()).isEqualTo("FairIncrementalTest");
        assertThat(copy.path()).isEqualTo("/test-scripts/FairIncrementalTest.groovy");
        assertThat(copy.required()).contains("STEPS");
        assertThat(ScriptCatalog.imageScriptAt(ScriptCatalog.IMAGE_SCRIPTS + "FixedRateTest.groovy"))
                .contains(ScriptCatalog.imageScript("FixedRateTest").orElseThrow());
        assertThat(ScriptCatalog.imageScriptAt("/scripts/FlexibleTest")).map(Script::name).contains("FlexibleTest");
        assertThat(ScriptCatalog.imageScriptAt("/test-scripts/MyTest.groovy")).isEmpty();
        assertThat(ScriptCatalog.imageScriptAt("/test-scripts/FixedRateTest.groovy.bak")).isEmpty();
    }

    @Test
    void theImageDefaultsCoverOnlyVariablesTheScriptsRead() {
        assertThat(ScriptCatalog.IMAGE_DEFAULTS).containsEntry("RATE", "0").containsEntry("PARALLEL_COUNT", "2");
        assertThat(ScriptCatalog.IMAGE_DEFAULTS.keySet())
                .allSatisfy(v -> assertThat(ScriptCatalog.imageScript("FixedRateTest").orElseThrow().required()).contains(v));
    }
}
