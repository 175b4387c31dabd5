package org.maestroperf.deploy.runner.results;

import java.util.List;
import java.util.Locale;

/** The end-of-run table: test case, attempts, duration, verdict. */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static String render(List<TestCaseResult> results) {
        int width = Math.max("TEST CASE".length(), results.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        StringBuilder out = new StringBuilder();
        String format = "%-" + width + "s  %8s  %9s  %s%n";
        out.append(String.format(format, "TEST CASE", "ATTEMPTS", "DURATION", "VERDICT"));
        for (TestCaseResult r : results) {
            out.append(String.format(format, r.name(), r.attempts(),
                    String.format(Locale.ROOT, "%.1fs", r.duration().toMillis() / 1000.0),
                    r.verdict() + (r.reason() == null || r.verdict().name().equals("PASSED") ? "" : " (" + r.reason() + ")")));
        }
        return out.toString();
    }
}
