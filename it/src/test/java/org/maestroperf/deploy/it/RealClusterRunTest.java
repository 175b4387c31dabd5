package org.maestroperf.deploy.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.contract.BundleContract;
import org.maestroperf.deploy.runner.CommandJobRun;
import org.maestroperf.deploy.runner.Interruption;
import org.maestroperf.deploy.runner.RunOptions;
import org.maestroperf.deploy.runner.RunOutcome;
import org.maestroperf.deploy.runner.RunPipeline;
import org.maestroperf.deploy.runner.RunReport;
import org.maestroperf.deploy.runner.apply.ApplyLabels;
import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.cluster.WorkerScaler;
import org.maestroperf.deploy.runner.preflight.Preflight;
import org.maestroperf.deploy.runner.preflight.PreflightReport;
import org.maestroperf.deploy.runner.progress.Progress;
import org.maestroperf.deploy.runner.results.TestCaseResult;
import org.maestroperf.deploy.runner.watch.Deadline;
import org.maestroperf.deploy.runner.watch.JobOutcome;
import org.maestroperf.deploy.runner.watch.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run}, {@code preflight}, {@code scale workers}, {@code stop} and {@code unassign} as the
 * commands drive them, against a real API server whose controller manager makes the ReplicaSets,
 * pods and Job pods, with {@link KubeletStandIn} reporting the pods as a kubelet would.
 */
@RealCluster
class RealClusterRunTest {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
    private static DefaultStorageClass storage;

    TestNamespace ns;
    KubeletStandIn kubelet;
    final List<String> events = new ArrayList<>();
    final Progress progress = (type, message, fields) -> {
        synchronized (events) {
            events.add(type + ": " + message);
        }
    };

    @TempDir
    Path results;

    @BeforeAll
    static void prepare() {
        storage = DefaultStorageClass.ensure();
    }

    @AfterAll
    static void unprepare() {
        if (storage != null) {
            storage.close();
        }
    }

    @BeforeEach
    void namespaceAndKubelet() {
        ns = TestNamespace.fresh();
        kubelet = new KubeletStandIn(ns.client(), ns.name()).start();
    }

    @AfterEach
    void stop() {
        try {
            assertThat(kubelet.failures()).as("the kubelet stand-in's own failures").isEmpty();
        } finally {
            kubelet.close();
            ns.close();
        }
    }

    /** What {@code run} does (RunCommand): the pipeline with an interruption handler, into --results. */
    private RunReport run(Cluster cluster, Bundle bundle, Path resultsDir) {
        RunOptions options = new RunOptions(false, RUN_TIMEOUT, false, false, resultsDir);
        return new RunPipeline(cluster, progress, options, new Interruption(cluster, false)).run(bundle);
    }

    @Test
    void preflightPassesOnThePreparedClusterAndNamesItsVersion() {
        PreflightReport report = Preflight.run(ns.cluster(), Bundles.kubernetesMosquitto(ns.name(), "fixed-rate.yaml"),
                progress);

        assertThat(report.problems()).isEmpty();
        assertThat(report.api().version()).startsWith("v1.");
        assertThat(report.api().serves("apps/v1")).isTrue();
        assertThat(report.api().routesServed()).isFalse();
    }

    @Test
    void runOfAPassingAndAFailingTestCaseGivesTheirVerdictsAttemptsAndResults() throws Exception {
        // fixed-rate-1 allows one retry: its first pod fails, the Job controller makes a second that passes
        kubelet.exitCodes("fixed-rate-1", 1, 0).exitCodes("incremental-1", 1);

        RunReport report = run(ns.cluster(), Bundles.kubernetesMosquitto(ns.name(), "fixed-rate.yaml", "incremental.yaml"),
                results);

        assertThat(report.messages()).isEmpty();
        assertThat(report.outcome()).isEqualTo(RunOutcome.FAILED);   // exit code 1
        assertThat(report.results()).extracting(TestCaseResult::name, TestCaseResult::verdict, TestCaseResult::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fixed-rate-1", Verdict.PASSED, 2),
                        org.assertj.core.groups.Tuple.tuple("incremental-1", Verdict.FAILED, 1));
        assertThat(report.results().get(1).reason()).isEqualTo("Error (exit code 1)");
        assertThat(events).contains("phase: broker ready");
        assertThat(Files.readString(results.resolve("summary.json"))).contains("\"outcome\":\"FAILED\"");
        assertThat(Files.readString(results.resolve("junit.xml"))).contains("<failure");
        for (String testCase : List.of("fixed-rate-1", "incremental-1")) {
            assertThat(Files.readString(results.resolve(testCase).resolve("pod.yaml")))
                    .contains("job-name: \"" + report.results().stream().filter(r -> r.name().equals(testCase))
                            .findFirst().orElseThrow().job() + "\"");
            assertThat(results.resolve(testCase).resolve("client.log")).exists();
            assertThat(results.resolve(testCase).resolve("events.yaml")).exists();
            // no kubelet: the port-forward to the reports pod cannot be served, which never fails a test case
            assertThat(results.resolve(testCase).resolve("reports-error.txt")).exists();
        }
    }

    @Test
    void aRerunAppliesNothingNewRunsAFreshJobAndPasses() {
        Bundle bundle = Bundles.kubernetesMosquitto(ns.name(), "fixed-rate.yaml");
        assertThat(run(ns.cluster(), bundle, null).outcome()).isEqualTo(RunOutcome.PASSED);   // exit code 0
        String brokerVersion = ns.client().services().withName("broker").get().getMetadata().getResourceVersion();
        long workerGeneration = ns.client().apps().deployments().withName("maestro-worker").get().getMetadata()
                .getGeneration();
        events.clear();

        RunReport again = run(ns.cluster(), Bundles.kubernetesMosquitto(ns.name(), "fixed-rate.yaml"), null);

        assertThat(again.outcome()).isEqualTo(RunOutcome.PASSED);
        assertThat(events).noneMatch(e -> e.startsWith("deleted: "));
        assertThat(ns.client().services().withName("broker").get().getMetadata().getResourceVersion())
                .isEqualTo(brokerVersion);
        assertThat(ns.client().apps().deployments().withName("maestro-worker").get().getMetadata().getGeneration())
                .isEqualTo(workerGeneration);
        assertThat(ns.client().batch().v1().jobs().withLabel(Bundle.TESTCASE_LABEL, "fixed-rate-1").list().getItems())
                .hasSize(2);
    }

    @Test
    void scaleWorkersThenStopAndUnassignRunTheirJobsToCompletion() {
        Bundle bundle = Bundles.kubernetesMosquitto(ns.name());
        assertThat(run(ns.cluster(), bundle, null).outcome()).isEqualTo(RunOutcome.PASSED);

        WorkerScaler.scale(ns.cluster(), 3);

        Eventually.until("3 available workers", Duration.ofSeconds(60), () -> {
            Deployment worker = ns.client().apps().deployments().withName(WorkerScaler.WORKER_DEPLOYMENT).get();
            return worker.getStatus() != null && Integer.valueOf(3).equals(worker.getStatus().getAvailableReplicas());
        });
        assertThat(ns.client().pods().withLabel("component", "worker").list().getItems()).hasSize(3);

        for (String command : List.of("stop", "unassign")) {
            JobOutcome outcome = CommandJobRun.run(ns.cluster(), bundle, command, Deadline.after(Duration.ofMinutes(1)),
                    progress, new Interruption(ns.cluster(), false));
            assertThat(outcome.verdict()).as(command).isEqualTo(Verdict.PASSED);
        }
        assertThat(ns.client().batch().v1().jobs().withLabel(BundleContract.LABEL_BUNDLE, Bundles.NAME).list().getItems())
                .extracting(j -> j.getMetadata().getName())
                .anyMatch(n -> n.startsWith("maestro-stop-")).anyMatch(n -> n.startsWith("maestro-unassign-"));
    }

    @Test
    void aUserWhoMayNotCreateJobsGetsOnePreflightLineAndNothingIsApplied() {
        ns.create();
        Bundle bundle = Bundles.without(Bundles.kubernetesMosquitto(ns.name(), "fixed-rate.yaml"),
                o -> o.getKind().equals("Namespace"));

        try (KubernetesClient limited = limitedClient()) {
            RunReport report = run(new Cluster(limited, ns.name()), bundle, null);

            assertThat(report.outcome()).isEqualTo(RunOutcome.INFRASTRUCTURE);   // exit code 4
            assertThat(report.messages()).containsExactly("access: you may not create jobs.batch in namespace "
                    + ns.name() + " (fix: ask a cluster admin for the edit role there (kubectl create rolebinding"
                    + " maestro-edit --clusterrole=edit --user=YOU -n " + ns.name() + "))");
        }
        assertThat(ns.client().configMaps().withLabel(BundleContract.LABEL_BUNDLE).list().getItems()).isEmpty();
        assertThat(ns.client().apps().deployments().list().getItems()).isEmpty();
    }

    /**
     * A client for a ServiceAccount bound to a Role that allows everything in the namespace except
     * creating Jobs, with a token from the TokenRequest API: no cluster-wide rights at all.
     */
    private KubernetesClient limitedClient() {
        String account = "maestro-it-limited";
        ns.client().serviceAccounts().resource(new ServiceAccountBuilder().withNewMetadata().withName(account)
                .endMetadata().build()).create();
        ns.client().rbac().roles().resource(new RoleBuilder().withNewMetadata().withName(account).endMetadata()
                .withRules(new PolicyRuleBuilder().withApiGroups("", "apps", "networking.k8s.io")
                                .withResources("*").withVerbs("*").build(),
                        new PolicyRuleBuilder().withApiGroups("batch").withResources("jobs")
                                .withVerbs("get", "list", "watch", "patch", "update", "delete").build())
                .build()).create();
        ns.client().rbac().roleBindings().resource(new RoleBindingBuilder().withNewMetadata().withName(account)
                .endMetadata().withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("Role")
                .withName(account).endRoleRef().addNewSubject().withKind("ServiceAccount").withName(account)
                .withNamespace(ns.name()).endSubject().build()).create();
        String token = Eventually.await("a token for " + account, Duration.ofSeconds(30), () -> ns.client()
                .serviceAccounts().withName(account).tokenRequest(new TokenRequestBuilder().withNewSpec()
                        .withExpirationSeconds(3600L).endSpec().build()).getStatus().getToken());
        Config config = new io.fabric8.kubernetes.client.ConfigBuilder(ns.client().getConfiguration())
                .withOauthToken(token).withUsername(null).withPassword(null).withClientCertData(null)
                .withClientKeyData(null).withClientCertFile(null).withClientKeyFile(null).withAuthProvider(null)
                .withNamespace(ns.name()).build();
        return new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new JdkHttpClientFactory()).build();
    }
}
