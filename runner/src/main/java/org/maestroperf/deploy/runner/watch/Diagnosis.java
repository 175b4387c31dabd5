package org.maestroperf.deploy.runner.watch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;

import org.maestroperf.deploy.runner.cluster.Cluster;

/** A pod's events and log, fetched once when a pod ended or got stuck; a failure to fetch is recorded, not thrown. */
public record Diagnosis(List<Event> events, String log) {

    /** Fetches the events about {@code pod} and the log of {@code container}. */
    public static Diagnosis of(Cluster cluster, Pod pod, String container) {
        List<Event> events;
        try {
            // listed and filtered here: field selectors on involvedObject are not served everywhere
            events = cluster.client().v1().events().inNamespace(pod.getMetadata().getNamespace()).list().getItems()
                    .stream()
                    .filter(e -> e.getInvolvedObject() != null
                            && (Objects.equals(e.getInvolvedObject().getUid(), pod.getMetadata().getUid())
                            || Objects.equals(e.getInvolvedObject().getName(), pod.getMetadata().getName())))
                    .sorted(Comparator.comparing(e -> Objects.requireNonNullElse(e.getLastTimestamp(), "")))
                    .toList();
        } catch (RuntimeException e) {
            events = List.of();
        }
        String log;
        try {
            log = cluster.client().pods().inNamespace(pod.getMetadata().getNamespace())
                    .withName(pod.getMetadata().getName()).inContainer(container).getLog();
        } catch (RuntimeException e) {
            log = "(log unavailable: " + e.getMessage() + ")";
        }
        return new Diagnosis(events, log == null ? "" : log);
    }

    /** Event lines and the last {@code lines} log lines, for a failure message. */
    public List<String> summary(int lines) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add("event: " + e.getType() + " " + e.getReason() + ": " + e.getMessage()));
        List<String> logLines = log.lines().toList();
        if (!logLines.isEmpty()) {
            out.add("last log lines:");
            logLines.subList(Math.max(0, logLines.size() - lines), logLines.size()).forEach(l -> out.add("  " + l));
        }
        return out;
    }
}
