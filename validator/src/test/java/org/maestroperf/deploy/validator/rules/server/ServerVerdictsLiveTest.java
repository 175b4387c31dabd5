package org.maestroperf.deploy.validator.rules.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Re-records the verdict table against a live API server (the cluster of the kubeconfig in
 * {@code MAESTRO_IT_KUBECONFIG}; its current context, namespace {@code default}): every case of the
 * mutation corpus is sent as a server-side dry-run create, and the server's verdicts and messages
 * must be the table's, so a stale table fails. With {@code MAESTRO_RECORD_VERDICTS=true} it writes
 * the table instead. The table was recorded from Kubernetes 1.20, which serves CronJobs as
 * batch/v1beta1 only: before 1.21 they are sent in that version (the fields used are the same).
 */
@EnabledIfEnvironmentVariable(named = "MAESTRO_IT_KUBECONFIG", matches = ".+")
class ServerVerdictsLiveTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theRecordedVerdictsAreTheServers() throws Exception {
        Config config = Config.fromKubeconfig(Files.readString(Path.of(System.getenv("MAESTRO_IT_KUBECONFIG"))));
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
            String version = client.getKubernetesVersion().getGitVersion();
            int minor = Integer.parseInt(client.getKubernetesVersion().getMinor().replaceAll("[^0-9]", ""));
            List<Verdicts.Row> rows = new ArrayList<>();
            for (MutationCorpus.Case c : MutationCorpus.cases()) {
                rows.add(verdict(client, minor, c));
            }
            if ("true".equals(System.getenv("MAESTRO_RECORD_VERDICTS"))) {
                Verdicts.write(Verdicts.TABLE, "kube-apiserver " + version, rows);
                return;
            }
            Map<String, Verdicts.Row> table = Verdicts.read(Verdicts.TABLE);
            assertThat(rows).as("the server's verdicts (%s) against verdicts.tsv; re-record with MAESTRO_RECORD_VERDICTS=true", version)
                    .containsExactlyElementsOf(table.values());
        }
    }

    @SuppressWarnings("unchecked")
    private static Verdicts.Row verdict(KubernetesClient client, int minor, MutationCorpus.Case c) throws Exception {
        Map<String, Object> object = (Map<String, Object>) new Yaml(new LoaderOptions()).load(c.yaml());
        String kind = (String) object.get("kind");
        if (kind.equals("CronJob") && minor < 21) {
            object.put("apiVersion", "batch/v1beta1");
        }
        String path = "/" + (object.get("apiVersion").equals("v1") ? "api" : "apis") + "/" + object.get("apiVersion")
                + "/namespaces/default/" + plural(kind) + "?dryRun=All&fieldManager=maestro-deploy-it";
        HttpClient http = client.getHttpClient();
        String base = client.getMasterUrl().toString().replaceAll("/$", "");
        HttpRequest request = http.newHttpRequestBuilder().uri(base + path).post("application/json", JSON.writeValueAsString(object)).build();
        HttpResponse<String> response = http.sendAsync(request, String.class).get(60, TimeUnit.SECONDS);
        boolean accepted = response.code() / 100 == 2;
        String message = "";
        if (!accepted) {
            JsonNode status = JSON.readTree(response.body());
            message = stable(status.path("message").asText(response.body()));
        }
        return new Verdicts.Row(c.id(), c.category(), c.digest(), accepted, message);
    }

    /** A message without what changes from run to run: Go pointers in printed structs, generated UIDs. */
    static String stable(String message) {
        return message.replaceAll("0x[0-9a-f]{6,}", "0x...")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uid>");
    }

    private static String plural(String kind) {
        return switch (kind) {
            case "Ingress" -> "ingresses";
            case "PersistentVolumeClaim" -> "persistentvolumeclaims";
            default -> kind.toLowerCase(java.util.Locale.ROOT) + "s";
        };
    }
}
