package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.util.Map;

import org.maestroperf.deploy.runner.progress.JsonProgress;
import org.maestroperf.deploy.runner.progress.PlainProgress;
import org.maestroperf.deploy.runner.progress.Progress;

import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --output}: how progress is reported. */
final class OutputOptions {

    enum Format { text, json }

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (progress on stderr, summary on stdout) or json (one event per line on stdout).")
    Format format;

    boolean json() {
        return format == Format.json;
    }

    Progress progress(PrintWriter out, PrintWriter err) {
        if (json()) {
            return new JsonProgress(out);
        }
        return quiet ? Progress.QUIET : new PlainProgress(err, System.console() != null);
    }

    /** Why the command failed: an {@code error} event with -o json, else an {@code error:} line on stderr. */
    void error(PrintWriter out, PrintWriter err, String line) {
        if (json()) {
            new JsonProgress(out).emit("error", line);
        } else {
            err.println("error: " + line);
        }
    }

    /** One thing wrong that is not the failure itself (a finding): a {@code problem} event with -o json. */
    void problem(PrintWriter out, String line) {
        new JsonProgress(out).emit("problem", line);
    }

    /**
     * A result line of a command that reports no progress (scale, label-nodes): on stdout, or as an
     * event of {@code type} with its {@code fields} with -o json.
     */
    void result(PrintWriter out, String type, String line, Map<String, ?> fields) {
        if (json()) {
            new JsonProgress(out).emit(type, line, fields);
        } else {
            out.println(line);
        }
    }
}
