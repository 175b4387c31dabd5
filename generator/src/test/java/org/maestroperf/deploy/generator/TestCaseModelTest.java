package org.maestroperf.deploy.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.contract.GeneratedBundle;

/** How test cases become ConfigMaps and client pods, and which test cases are refused. */
class TestCaseModelTest {

    @TempDir
    Path dir;

    private Path testCase(String yaml) throws IOException {
        return Files.writeString(dir.resolve("tc-" + Math.abs(yaml.hashCode()) + ".yaml"), yaml);
    }

    private GeneratedBundle generate(List<String> sets, Path... testCases) {
        return Bundles.generate(List.of("kubernetes-mosquitto"), sets, List.of(testCases));
    }

    @Test
    void aMissingRequiredVariableIsRefusedNamingIt() throws IOException {
        // upstream's testcase-1: works there only through the client image's defaults
        Path tc = testCase("""
                name: upstream-1
                script: FixedRateTest
                parameters: {sendReceiveUrl: "amqp://sut:5672/q", messageSize: 256, testDuration: 0d0h0m30s}
                """);
        assertThatThrownBy(() -> generate(List.of(), tc))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.problems()).containsExactly(
                        tc + ":3:1: test case 'upstream-1': script FixedRateTest requires parameter 'rate' (RATE)",
                        tc + ":3:1: test case 'upstream-1': script FixedRateTest requires parameter 'parallelCount' (PARALLEL_COUNT)"));
        // without any parameters, the test case's first line
        Path none = testCase("# no parameters\nname: bare\nscript: FlexibleTest\n");
        assertThatThrownBy(() -> generate(List.of(), none)).isInstanceOfSatisfying(UserException.class, e ->
                assertThat(e.problems()).contains(none + ":2:1: test case 'bare': script FlexibleTest requires parameter"
                        + " 'sourceUrl' (SOURCE_URL)"));
    }

    @Test
    void aParameterValueMustHaveTheFormItsScriptReads() throws IOException {
        Path tc = testCase("""
                name: typed
                script: FixedRateTest
                parameters:
                  sendReceiveUrl: messaging.myproject.svc
                  messageSize: big
                  testDuration: thirty seconds
                  rate: -5
                  parallelCount: 2147483648
                  warmUp: yes
                  maximumLatency: 1.5
                """);
        assertThatThrownBy(() -> generate(List.of(), tc)).isInstanceOfSatisfying(UserException.class, e ->
                assertThat(e.problems()).containsExactly(
                        tc + ":4:19: parameter 'sendReceiveUrl' must be a URL such as amqp://host:5672/queue,"
                                + " found 'messaging.myproject.svc'",
                        tc + ":5:16: parameter 'messageSize' must be a message size in bytes from 1 to 2147483647,"
                                + " '~' in front for a variable size (256, ~1024), found 'big'",
                        tc + ":6:17: parameter 'testDuration' must be a duration such as 30s, 5m, 1h or 1h30m,"
                                + " a message count such as 100000, or -1 to drain the queues, found 'thirty seconds'",
                        tc + ":7:9: parameter 'rate' must be a whole number from 0 to 2147483647, found '-5'",
                        tc + ":8:18: parameter 'parallelCount' must be a whole number from 0 to 2147483647,"
                                + " found '2147483648'",
                        tc + ":9:11: parameter 'warmUp' must be true or false, found 'yes'",
                        tc + ":10:19: parameter 'maximumLatency' must be a whole number from 0 to 2147483647, found '1.5'"));
    }

    @Test
    void everyFormMaestroReadsAsATestDurationIsAccepted() throws IOException {
        for (String duration : List.of("30s", "5m", "1h", "2d", "1h30m1s", "0d0h0m30s", "100000", "-1")) {
            Path tc = testCase("name: d\nscript: FlexibleTest\nparameters: {sendReceiveUrl: 'amqp://s:5672/q',"
                    + " sourceUrl: 'git@example.com:tests.git', testDuration: '" + duration + "'}\n");
            assertThat(Bundles.find(generate(List.of(), tc), ConfigMap.class, "testcase-d").getData())
                    .as(duration).containsEntry("testDuration", duration);
        }
        for (String duration : List.of("0s", "0", "0d0h0m0s", "30S", "5m30", "1.5h", "-2", "s", "99999999999s")) {
            Path tc = testCase("name: d\nscript: FlexibleTest\nparameters: {sendReceiveUrl: 'amqp://s:5672/q',"
                    + " sourceUrl: x, testDuration: '" + duration + "'}\n");
            assertThatThrownBy(() -> generate(List.of(), tc)).as(duration)
                    .hasMessageContaining("parameter 'testDuration' must be a duration");
        }
    }

    @Test
    void aCustomScriptsParametersAreItsOwnToRead() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("SoakTest.groovy"), "println 'soak'\n");
        Path tc = testCase("name: soak\nscript: SoakTest\nparameters: {testDuration: a week, messageSize: big}\n");
        assertThat(Bundles.find(generate(List.of("client.scripts=" + scripts), tc), ConfigMap.class, "testcase-soak")
                .getData()).containsEntry("testDuration", "a week");
    }

    @Test
    void aParameterTheScriptDoesNotReadIsRefusedWithASuggestion() throws IOException {
        Path tc = testCase("""
                name: typo
                script: FlexibleTest
                parameters:
                  sendReceiveUrl: amqp://sut:5672/q
                  sourceUrl: https://example.com/tests.git
                  testDuration: 5m
                  testComment: upstream's misspelt key
                """);
        assertThatThrownBy(() -> generate(List.of(), tc)).hasMessage(tc + ":7:16: script FlexibleTest does not read"
                + " parameter 'testComment' (TEST_COMMENT); did you mean 'testComments'?");
    }

    @Test
    void anUnknownScriptListsTheAvailableOnes() throws IOException {
        Path tc = testCase("name: x\nscript: FixedRatTest\n");
        assertThatThrownBy(() -> generate(List.of(), tc)).hasMessage(tc + ":2:9: unknown script 'FixedRatTest';"
                + " did you mean 'FixedRateTest'? (available: FairIncrementalTest, FixedRateTest, FixedRateTestWithAgent,"
                + " FlexibleTest, IncrementalTest)");
    }

    @Test
    void everyVariableAScriptReadsCanBeSetAndTestCommentsIsSpelledRight() throws IOException {
        Path tc = testCase("""
                name: incremental-full
                script: IncrementalTest
                description: all of it
                retries: 2
                parameters:
                  sendReceiveUrl: amqp://sut:5672/q
                  messageSize: 256
                  testDuration: 2m
                  initialRate: 100
                  ceilingRate: 1000
                  rateIncrement: 100
                  initialParallelCount: 1
                  ceilingParallelCount: 4
                  parallelCountIncrement: 1
                  maximumLatency: 600
                  testComments: nightly
                  inspectorName: ArtemisInspector
                  managementInterface: http://admin:admin@sut:8161/console/jolokia
                  sutName: artemis
                """);
        GeneratedBundle bundle = generate(List.of(), tc);
        Job job = Bundles.find(bundle, Job.class, "maestro-client-incremental-full");
        assertThat(job.getSpec().getBackoffLimit()).isEqualTo(2);
        List<String> env = job.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .map(EnvVar::getName).toList();
        assertThat(env).contains("INITIAL_RATE", "MAXIMUM_LATENCY", "TEST_COMMENTS", "INSPECTOR_NAME",
                "MANAGEMENT_INTERFACE", "SUT_NAME", "TEST_DESCRIPTION").doesNotContain("TEST_COMMENT", "SEND_URL");
        ConfigMap cm = Bundles.find(bundle, ConfigMap.class, "testcase-incremental-full");
        assertThat(cm.getData()).containsEntry("testComments", "nightly").containsEntry("testDescription", "all of it");
    }

    @Test
    void customScriptsShipAsAConfigMapMountedWhereTheTestCaseFindsThem() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("SoakTest.groovy"), "println 'soak'\n");
        Path tc = testCase("name: soak\nscript: SoakTest\nparameters: {anything: goes}\n");
        GeneratedBundle bundle = generate(List.of("client.scripts=" + scripts), tc);
        ConfigMap cm = Bundles.find(bundle, ConfigMap.class, "test-scripts");
        assertThat(cm.getData()).containsExactly(java.util.Map.entry("SoakTest.groovy", "println 'soak'\n"));
        Job job = Bundles.find(bundle, Job.class, "maestro-client-soak");
        var pod = job.getSpec().getTemplate().getSpec();
        assertThat(pod.getVolumes().get(0).getConfigMap().getName()).isEqualTo("test-scripts");
        assertThat(pod.getContainers().get(0).getVolumeMounts().get(0).getMountPath()).isEqualTo("/test-scripts");
        assertThat(Bundles.find(bundle, ConfigMap.class, "testcase-soak").getData())
                .containsEntry("testCase", "/test-scripts/SoakTest.groovy").containsEntry("anything", "goes");
    }

    @Test
    void scriptsOverOneMebibyteAreRefused() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("big"));
        Files.writeString(scripts.resolve("Big.groovy"), "x".repeat(1024 * 1024));
        Path tc = testCase("name: big\nscript: Big\n");
        assertThatThrownBy(() -> generate(List.of("client.scripts=" + scripts), tc))
                .hasMessageContaining("holds more than 1 MiB, the limit of a ConfigMap");
    }

    @Test
    void thePodFormGivesUpstreamsBarePod() throws IOException {
        GeneratedBundle bundle = generate(List.of("client.form=pod"), Bundles.FIXED_RATE);
        Pod pod = Bundles.find(bundle, Pod.class, "maestro-client-fixed-rate-1");
        assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("Never");
        assertThat(bundle.objects().stream().filter(o -> Bundles.kind(o).equals("Job")).map(o -> Bundles.name(o)))
                .containsExactly("maestro-stop", "maestro-unassign");
    }

    @Test
    void aFloatingImageTagIsRefusedUnlessPulledAlways() {
        assertThatThrownBy(() -> generate(List.of("images.worker=maestroperf/maestro-worker:edge")))
                .hasMessageContaining("image 'maestroperf/maestro-worker:edge' is not pinned to a version");
        GeneratedBundle bundle = generate(List.of("images.worker=maestroperf/maestro-worker:edge", "imagePullPolicy=Always"));
        assertThat(Bundles.has(bundle, "Deployment", "maestro-worker")).isTrue();
    }

    @Test
    void theSameInputsGiveByteIdenticalOutput() {
        GeneratedBundle first = Bundles.generate(List.of("openshift-activemq"), List.of(), List.of(Bundles.FIXED_RATE));
        GeneratedBundle second = Bundles.generate(List.of("openshift-activemq"), List.of(), List.of(Bundles.FIXED_RATE));
        assertThat(second).isNotSameAs(first);
        assertThat(second.files()).isEqualTo(first.files());
        assertThat(first.files().keySet()).startsWith(".maestro-deploy", "bundle.yaml", "kustomization.yaml");
    }

    @Test
    void theClientJobsDeadlineIsEachAttemptsDurationPlusAMarginOrADefaultWithoutADuration() throws IOException {
        String fixed = """
                name: %s
                script: FixedRateTest
                retries: %d
                parameters: {sendReceiveUrl: "amqp://sut:5672/q", messageSize: 256, testDuration: %s, rate: 0, parallelCount: 1}
                """;
        GeneratedBundle bundle = generate(List.of(), testCase(fixed.formatted("minutes", 0, "5m")),
                testCase(fixed.formatted("long", 1, "1h30m")), testCase(fixed.formatted("upstream-form", 0, "0d0h0m30s")),
                // a bare number is a count of messages to Maestro: how long it takes is not known here
                testCase(fixed.formatted("count", 2, "1000000")));

        assertThat(deadline(bundle, "minutes")).isEqualTo(300 + 600);
        assertThat(deadline(bundle, "long")).isEqualTo(2 * (5400 + 600));
        assertThat(deadline(bundle, "upstream-form")).isEqualTo(30 + 600);
        assertThat(deadline(bundle, "count")).isEqualTo(3 * 3600);
    }

    private static long deadline(GeneratedBundle bundle, String testCase) {
        return Bundles.find(bundle, Job.class, "maestro-client-" + testCase).getSpec().getActiveDeadlineSeconds();
    }
}
