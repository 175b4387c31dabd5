package org.maestroperf.deploy.cli;

import java.util.Map;
import java.util.function.Supplier;

import org.maestroperf.deploy.runner.Interruption;
import org.maestroperf.deploy.runner.progress.Progress;

/** Runs a command body with a shutdown hook that, on Ctrl-C, removes the client Job it is waiting for. */
final class InterruptHook {

    private InterruptHook() {
    }

    static <T> T around(Interruption interruption, Progress progress, Supplier<T> body) {
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
