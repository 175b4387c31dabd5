package org.maestroperf.deploy.validator.rules.server;

/** The API server's explanations that several checks share, word for word, so that users can search for them. */
final class Messages {

    static final String DNS1123_LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', "
            + "and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is "
            + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    static final String DNS1123_SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' "
            + "or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
            + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    static final String NON_NEGATIVE = "must be greater than or equal to 0";
    static final String POSITIVE = "must be greater than zero";
    static final String FILE_MODE = "must be a number between 0 and 0777 (octal), both inclusive";
    static final String ID_RANGE = "must be between 0 and 2147483647, inclusive";

    private Messages() {
    }
}
