package org.maestroperf.deploy.runner.results;

/** What the reports tool answered ({@code body}), or why it could not be asked ({@code error}); one is null. */
public record ReportsSnapshot(String body, String error) {

    public static ReportsSnapshot failed(String error) {
        return new ReportsSnapshot(null, error);
    }
}
