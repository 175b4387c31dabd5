package org.maestroperf.deploy.runner.cluster;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * One line, in the user's words, for what the API server refused or why it could not be reached:
 * {@code not authorised: ...}, {@code forbidden: patch deployments.apps in namespace perf (user dev)},
 * {@code the API server https://... cannot be reached: connection refused}. Never fabric8's
 * {@code Failure executing: ...} with a {@code Status(...)} dump, nor its "An error has occurred.".
 */
public final class ApiErrors {

    /** The API server's own words for a denial: {@code User "dev" cannot patch resource "deployments" in API group "apps" in the namespace "perf"}. */
    private static final Pattern DENIAL = Pattern.compile("User \"([^\"]*)\" cannot (\\S+) resource \"([^\"]+)\""
            + "(?: in API group \"([^\"]*)\")?(?: in the namespace \"([^\"]+)\")?");
    /** fabric8's description of the request: {@code Failure executing: PATCH at: https://...}. */
    private static final Pattern REQUEST = Pattern.compile("Failure executing: (\\w+) at: ");
    private static final Map<String, String> VERBS = Map.of("GET", "get", "POST", "create", "PUT", "update",
            "PATCH", "patch", "DELETE", "delete");

    private ApiErrors() {
    }

    /** What went wrong talking to {@code cluster} (null when unknown: then its address is not named). */
    public static String describe(KubernetesClientException e, Cluster cluster) {
        String server = cluster == null ? "the API server" : "the API server " + cluster.client().getMasterUrl();
        Status status = e.getStatus();
        String message = status == null || status.getMessage() == null ? "" : status.getMessage();
        if (unanswered(e)) {
            return server + " cannot be reached: " + unreachable(e);
        }
        if (e.getCode() == 401) {
            String context = context(cluster);
            return "not authorised: " + server + " refused the credentials" + (context == null ? "" : " of context " + context);
        }
        if (e.getCode() == 403) {
            return "forbidden: " + denied(e, message);
        }
        String request = request(e);
        return server + " refused " + (request.isEmpty() ? "the request" : request) + ": "
                + (message.isEmpty() ? "HTTP " + e.getCode() : message.lines().findFirst().orElse(message));
    }

    /** What to do about {@code e}, for a line that carries a fix (pre-flight's). */
    public static String fix(KubernetesClientException e) {
        if (unanswered(e)) {
            return "check --kubeconfig/--context (kubectl cluster-info should work)";
        }
        return switch (e.getCode()) {
            case 401 -> "log in again (a fresh token or certificate), or check --kubeconfig/--context";
            case 403 -> "ask a cluster admin for the rights (kubectl auth can-i --list shows yours)";
            default -> "check the cluster's health and your access";
        };
    }

    /** No answer from the server: the request never got through (fabric8's code is then -1). */
    private static boolean unanswered(KubernetesClientException e) {
        return e.getCode() <= 0;
    }

    /** {@code patch deployments.apps in namespace perf (user dev)}, from the server's words or else the request. */
    private static String denied(KubernetesClientException e, String message) {
        Matcher m = DENIAL.matcher(message);
        if (m.find()) {
            String group = m.group(4) == null || m.group(4).isEmpty() ? "" : "." + m.group(4);
            return m.group(2) + " " + m.group(3) + group + (m.group(5) == null ? "" : " in namespace " + m.group(5))
                    + " (user " + m.group(1) + ")";
        }
        String request = request(e);
        return request.isEmpty() ? message : request;
    }

    /** {@code patch deployments.apps in namespace perf}, as far as fabric8 recorded the request. */
    private static String request(KubernetesClientException e) {
        Matcher m = REQUEST.matcher(e.getMessage() == null ? "" : e.getMessage());
        String verb = m.find() ? VERBS.getOrDefault(m.group(1), m.group(1).toLowerCase(Locale.ROOT)) : null;
        if (verb == null || e.getResourcePlural() == null) {
            return "";
        }
        if (verb.equals("get") && e.getName() == null) {
            verb = "list";
        }
        String group = e.getGroup() == null || e.getGroup().isEmpty() ? "" : "." + e.getGroup();
        return verb + " " + e.getResourcePlural() + group + (e.getName() == null ? "" : " " + e.getName())
                + (e.getNamespace() == null ? "" : " in namespace " + e.getNamespace());
    }

    private static String unreachable(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
                return "timed out";
            }
            if (t instanceof SSLException) {
                return "TLS failed" + (t.getMessage() == null ? "" : ": " + t.getMessage());
            }
            root = t;
        }
        return root.getMessage() == null || root == e ? "the connection failed"
                : root.getMessage().lines().findFirst().orElse("the connection failed");
    }

    private static String context(Cluster cluster) {
        NamedContext context = cluster == null ? null : cluster.client().getConfiguration().getCurrentContext();
        return context == null ? null : context.getName();
    }
}
