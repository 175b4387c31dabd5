package org.maestroperf.deploy.runner.results;

import java.util.List;
import java.util.Locale;

import org.maestroperf.deploy.runner.watch.Verdict;

/** JUnit XML (the surefire dialect CI servers read): one testcase per test case. */
public final class JUnitXml {

    private JUnitXml() {
    }

    public static String render(String suite, List<TestCaseResult> results) {
        long failures = results.stream().filter(r -> r.verdict() == Verdict.FAILED).count();
        long errors = results.stream().filter(r -> r.verdict() != Verdict.FAILED && r.verdict() != Verdict.PASSED).count();
        double total = results.stream().mapToLong(r -> r.duration().toMillis()).sum() / 1000.0;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append(String.format(Locale.ROOT, "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.3f\">%n",
                escape(suite), results.size(), failures, errors, total));
        for (TestCaseResult r : results) {
            xml.append(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\">", escape(suite),
                    escape(r.name()), r.duration().toMillis() / 1000.0));
            String message = escape(r.reason() == null ? "" : r.reason()) + " after " + r.attempts() + " attempt(s)";
            switch (r.verdict()) {
                case PASSED -> { }
                case FAILED -> xml.append("<failure message=\"").append(message).append("\"/>");
                default -> xml.append("<error type=\"").append(r.verdict()).append("\" message=\"").append(message)
                        .append("\"/>");
            }
            xml.append("</testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
    }
}
