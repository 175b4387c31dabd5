package org.maestroperf.deploy.runner.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.LocalPortForward;

import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.text.Json;

/**
 * Asks the reports tool for the reports it holds, through a port-forward to its pod's port 6500.
 * Never throws: a failure is returned as the snapshot's error, so it never fails a test case.
 */
public final class ReportsFetcher {

    /** The reports tool's HTTP port in its pod. */
    public static final int PORT = 6500;
    /** The REST resource listing the reports. */
    public static final String PATH = "/api/report/";
    private static final String DEPLOYMENT = "maestro-reports";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cluster cluster;
    private final Duration timeout;

    public ReportsFetcher(Cluster cluster, Duration timeout) {
        this.cluster = cluster;
        this.timeout = timeout;
    }

    /**
     * The reports of one test: the tool's list narrowed to the entries whose {@code testName} is the
     * test case's TEST_NAME. A list whose entries carry no {@code testName} is kept whole, since
     * then there is nothing to narrow by.
     */
    public ReportsSnapshot fetch(String testName) {
        ReportsSnapshot all = fetch();
        return all.body() == null ? all : new ReportsSnapshot(forTest(all.body(), testName), null);
    }

    static String forTest(String body, String testName) {
        try {
            JsonNode list = JSON.readTree(body);
            if (!list.isArray() || !list.elements().hasNext()
                    || !java.util.stream.StreamSupport.stream(list.spliterator(), false).allMatch(r -> r.has("testName"))) {
                return body;
            }
            ArrayNode mine = JSON.createArrayNode();
            list.forEach(report -> {
                if (testName.equals(report.get("testName").asText())) {
                    mine.add(report);
                }
            });
            return Json.indented(mine) + "\n";
        } catch (java.io.IOException e) {
            return body;
        }
    }

    /** Everything the reports tool lists at this moment. */
    public ReportsSnapshot fetch() {
        try {
            Deployment deployment = cluster.client().apps().deployments().inNamespace(cluster.namespace())
                    .withName(DEPLOYMENT).get();
            if (deployment == null || deployment.getSpec().getSelector() == null) {
                return ReportsSnapshot.failed("no Deployment " + DEPLOYMENT + " in namespace " + cluster.namespace());
            }
            Map<String, String> selector = deployment.getSpec().getSelector().getMatchLabels();
            Pod pod = cluster.client().pods().inNamespace(cluster.namespace()).withLabels(selector).list().getItems()
                    .stream().filter(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()))
                    .findFirst().orElse(null);
            if (pod == null) {
                return ReportsSnapshot.failed("no running reports pod");
            }
            try (LocalPortForward forward = cluster.client().pods().inNamespace(cluster.namespace())
                    .withName(pod.getMetadata().getName()).portForward(PORT)) {
                HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + forward.getLocalPort() + PATH)).timeout(timeout).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    return ReportsSnapshot.failed("GET " + PATH + " answered HTTP " + response.statusCode());
                }
                return new ReportsSnapshot(response.body(), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ReportsSnapshot.failed("interrupted");
        } catch (Exception e) {
            return ReportsSnapshot.failed("cannot reach the reports tool: " + e);
        }
    }
}
