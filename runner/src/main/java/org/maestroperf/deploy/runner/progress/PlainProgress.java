package org.maestroperf.deploy.runner.progress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;

/**
 * Human progress: one line per event, prefixed with the elapsed time. On a terminal, transient
 * {@code status} events overwrite each other on one line instead of scrolling.
 */
public final class PlainProgress implements Progress {

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private boolean statusShown;

    public PlainProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void emit(String type, String message, Map<String, ?> fields) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        String line = String.format("[%4d.%ds] %s", elapsed.toSeconds(), elapsed.toMillisPart() / 100, message);
        if (terminal && type.equals("status")) {
            err.print("\r\033[K" + line);
            statusShown = true;
        } else {
            err.println((statusShown ? "\r\033[K" : "") + line);
            statusShown = false;
        }
        err.flush();
    }
}
