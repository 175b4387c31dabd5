package org.maestroperf.deploy.diag;

import java.util.List;

/**
 * A mistake in what the user gave us (a profile, a test case, a flag): reported as one line per
 * problem and exit code 2, never as a stack trace.
 */
public class UserException extends RuntimeException {

    /** One line per problem. */
    private final List<String> problems;

    /**
     * One problem.
     *
     * @param problem one line, starting with its source position where there is one
     */
    public UserException(String problem) {
        this(List.of(problem));
    }

    /**
     * Several problems, reported together.
     *
     * @param problems one line each, starting with its source position where there is one
     */
    public UserException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems.
     *
     * @return one line each, already prefixed with their source position ({@code file:line:column: })
     *         where there is one
     */
    public List<String> problems() {
        return problems;
    }
}
