package org.maestroperf.deploy.runner.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportsFilterTest {

    @Test
    void keepsOnlyTheReportsOfTheTestByItsName() {
        String body = """
                [{"testId": 1, "testName": "fixed-rate-1", "testResult": "success"},
                 {"testId": 2, "testName": "incremental-1", "testResult": "failed"},
                 {"testId": 3, "testName": "fixed-rate-1", "testResult": "failed"}]""";
        String mine = ReportsFetcher.forTest(body, "fixed-rate-1");
        assertThat(mine).contains("\"testId\" : 1", "\"testId\" : 3").doesNotContain("incremental-1");
        assertThat(ReportsFetcher.forTest(body, "nothing-ran")).isEqualTo("[ ]\n");
    }

    @Test
    void anAnswerOfAnotherShapeIsKeptWhole() {
        assertThat(ReportsFetcher.forTest("{\"reports\": []}", "x")).isEqualTo("{\"reports\": []}");
        assertThat(ReportsFetcher.forTest("[{\"id\": 1}]", "x")).isEqualTo("[{\"id\": 1}]");
        assertThat(ReportsFetcher.forTest("not json", "x")).isEqualTo("not json");
        assertThat(ReportsFetcher.forTest("[]", "x")).isEqualTo("[]");
    }
}
