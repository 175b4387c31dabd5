package org.maestroperf.deploy.runner;

import java.util.Map;
import java.util.function.Supplier;

import org.maestroperf.deploy.runner.progress.Progress;

/**
 * Runs a body with a JVM shutdown hook that, on Ctrl-C, removes the client Job it is waiting for:
 * the command line and the Maven plugin are both ended that way, and neither should leave a test
 * running in the cluster.
 */
public final class InterruptHook {

    private InterruptHook() {
    }

    /**
     * Runs {@code body} with the hook installed, and removes the hook after.
     *
     * @param interruption what the hook interrupts
     * @param progress     where the hook reports what it removed
     * @param body         the work
     * @param <T>          what the work returns
     * @return what {@code body} returned
     */
    public static <T> T around(Interruption interruption, Progress progress, Supplier<T> body) {
        Thread hook = new Thread(() -> {
            String removed = interruption.interrupt();
            progress.emit("interrupted", removed == null ? "interrupted" : "interrupted: removed Job " + removed,
                    Map.of());
        }, "maestro-deploy-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return body.get();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the JVM exits with 130 (SIGINT) once it is done
            }
        }
    }
}
