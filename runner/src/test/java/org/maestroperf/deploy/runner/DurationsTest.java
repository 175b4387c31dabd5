package org.maestroperf.deploy.runner;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.diag.UserException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTest {

    @Test
    void aBareNumberIsSecondsLikeKubectlsRequestTimeout() {
        assertThat(Durations.parse("--timeout", "300")).isEqualTo(Duration.ofSeconds(300));
        assertThat(Durations.parse("--timeout", "1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("--timeout", "90s")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void zeroAndWordsAreRefusedWithTheFlagNamed() {
        assertThatThrownBy(() -> Durations.parse("--timeout", "0")).isInstanceOf(UserException.class)
                .hasMessage("--timeout 0: must be longer than zero");
        assertThatThrownBy(() -> Durations.parse("--timeout", "soon")).isInstanceOf(UserException.class)
                .hasMessage("--timeout soon: not a duration (examples: 300 (seconds), 90s, 30m, 1h30m)");
    }
}
