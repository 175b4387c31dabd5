package org.maestroperf.deploy.runner.progress;

import java.util.Map;

/**
 * Where a run reports what it is doing. Events have a type ({@code phase}, {@code status},
 * {@code testcase}, {@code result}, {@code problem}, ...), a human message and machine fields.
 */
public interface Progress {

    /** Reports nothing (for {@code --quiet}). */
    Progress QUIET = (type, message, fields) -> { };

    /** Reports one event. {@code status} events are transient (a terminal may overwrite them). */
    void emit(String type, String message, Map<String, ?> fields);

    /** An event without machine fields. */
    default void emit(String type, String message) {
        emit(type, message, Map.of());
    }
}
