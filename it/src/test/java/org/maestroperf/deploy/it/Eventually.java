package org.maestroperf.deploy.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waits for what the real cluster's controllers do in their own time, with a bound. */
final class Eventually {

    private static final Duration STEP = Duration.ofMillis(200);

    private Eventually() {
    }

    /** Returns the first non-null value of {@code probe}, or fails after {@code within} with {@code what}. */
    static <T> T await(String what, Duration within, Supplier<T> probe) {
        Instant until = Instant.now().plus(within);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what);
            }
            pause();
        }
    }

    /** Waits until {@code condition} holds. */
    static void until(String what, Duration within, Supplier<Boolean> condition) {
        await(what, within, () -> condition.get() ? Boolean.TRUE : null);
    }

    static void pause() {
        try {
            Thread.sleep(STEP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
