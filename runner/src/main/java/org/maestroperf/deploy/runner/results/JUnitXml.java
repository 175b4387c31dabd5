package org.maestroperf.deploy.runner.results;

import java.util.List;
import java.util.Locale;

import org.maestroperf.deploy.runner.watch.Verdict;
import org.maestroperf.deploy.text.Xml;

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
                Xml.attribute(suite), results.size(), failures, errors, total));
        for (TestCaseResult r : results) {
            xml.append(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\">", Xml.attribute(suite),
                    Xml.attribute(r.name()), r.duration().toMillis() / 1000.0));
            String message = Xml.attribute((r.reason() == null ? "" : r.reason()) + " after " + r.attempts() + " attempt(s)");
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
}
