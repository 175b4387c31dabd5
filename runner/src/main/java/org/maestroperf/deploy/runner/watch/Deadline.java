package org.maestroperf.deploy.runner.watch;

import java.time.Duration;

/** The end of the whole run ({@code --timeout}); every wait takes what is left of it. */
public record Deadline(long endNanos) {

    /** A deadline {@code timeout} from now; null means none. */
    public static Deadline after(Duration timeout) {
        return new Deadline(timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos());
    }

    /** Time left, never negative. */
    public Duration remaining() {
        return endNanos == Long.MAX_VALUE ? Duration.ofDays(365)
                : Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    public boolean expired() {
        return remaining().isZero();
    }
}
