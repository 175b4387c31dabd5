package org.maestroperf.deploy.runner.progress;

import java.util.Map;

/**
 * Where a run reports what it is doing. Events have a type ({@code phase}, {@code status},
 * {@code testcase}, {@code result}, {@code problem}, ...), a human message and machine fields.
 */
public interface Progress {

    /** Reports nothing (for {@code --quiet}). */
    Progress QUIET = (type, message, fields) -> { };

    /**
     * Reports one event. {@code status} events are transient (a terminal may overwrite them).
     *
     * @param type    {@code phase}, {@code status}, {@code testcase}, {@code result}, {@code problem}, ...
     * @param message one line for a person
     * @param fields  the same for a machine (JSON progress), may be empty
     */
    void emit(String type, String message, Map<String, ?> fields);

    /**
     * An event without machine fields.
     *
     * @param type    the event's type
     * @param message one line for a person
     */
    default void emit(String type, String message) {
        emit(type, message, Map.of());
    }
}
