package org.maestroperf.deploy.runner.progress;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void jsonIsOneParseableObjectPerLine() {
        StringWriter out = new StringWriter();
        JsonProgress progress = new JsonProgress(new PrintWriter(out));

        progress.emit("phase", "apply", Map.of("phase", "apply"));
        progress.emit("result", "tc: PASSED", Map.of("testcase", "tc", "attempts", 2));

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> second = new KubernetesSerialization().unmarshal(lines[1], Map.class);
        assertThat(second).containsEntry("type", "result").containsEntry("testcase", "tc").containsEntry("attempts", 2)
                .containsKey("time");
    }

    @Test
    void jsonEventsStayOneLineEachAndGiveHostileTextBack() throws Exception {
        for (String hostile : org.maestroperf.deploy.yaml.HostileValues.OUTPUT) {
            StringWriter out = new StringWriter();
            new JsonProgress(new PrintWriter(out)).emit("detail", hostile, Map.of("testcase", hostile));
            assertThat(out.toString().lines()).hasSize(1);
            var event = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
            assertThat(event.path("message").textValue()).isEqualTo(hostile);
            assertThat(event.path("testcase").textValue()).isEqualTo(hostile);
            assertThat(out.toString().chars().filter(c -> c == 0x1B || c == 0x2028 || Character.isSurrogate((char) c))).isEmpty();
        }
    }

    @Test
    void plainLinesWithoutTerminalControlWhenNotATerminal() {
        StringWriter err = new StringWriter();
        PlainProgress progress = new PlainProgress(new PrintWriter(err), false);

        progress.emit("status", "pods ready 1/5");
        progress.emit("phase", "broker ready");

        assertThat(err.toString().lines()).hasSize(2).allMatch(l -> l.matches("\\[\\s*\\d+\\.\\ds] .*"));
        assertThat(err.toString()).doesNotContain("\r").doesNotContain("\033");
    }

    @Test
    void terminalOverwritesStatusLines() {
        StringWriter err = new StringWriter();
        PlainProgress progress = new PlainProgress(new PrintWriter(err), true);

        progress.emit("status", "pods ready 1/5");
        progress.emit("status", "pods ready 2/5");

        assertThat(err.toString()).doesNotContain("\n").contains("\r\033[K");
    }
}
