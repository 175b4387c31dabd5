package org.maestroperf.deploy.diag;

import java.util.List;

/**
 * A mistake in what the user gave us (a profile, a test case, a flag): reported as one line per
 * problem and exit code 2, never as a stack trace.
 */
public class UserException extends RuntimeException {

    private final List<String> problems;

    public UserException(String problem) {
        this(List.of(problem));
    }

    public UserException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** One line each, already prefixed with their source position where there is one. */
    public List<String> problems() {
        return problems;
    }
}
