package org.maestroperf.deploy.maven;

import java.util.Map;

import org.apache.maven.plugin.logging.Log;
import org.maestroperf.deploy.runner.progress.Progress;

/** A run's progress in the build log: transient status lines at debug level, problems as warnings. */
final class MavenProgress implements Progress {

    private final Log log;

    MavenProgress(Log log) {
        this.log = log;
    }

    @Override
    public void emit(String type, String message, Map<String, ?> fields) {
        switch (type) {
            case "status" -> log.debug(message);
            case "warning", "problem" -> log.warn(message);
            default -> log.info(message);
        }
    }
}
