package org.maestroperf.deploy.runner.progress;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.maestroperf.deploy.text.Json;

/** {@code --output json}: one JSON object per line, {@code {"time","type","message", ...fields}}. */
public final class JsonProgress implements Progress {

    private final PrintWriter out;

    public JsonProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void emit(String type, String message, Map<String, ?> fields) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("time", Instant.now().toString());
        event.put("type", type);
        event.put("message", message);
        event.putAll(fields);
        out.println(Json.line(event));
        out.flush();
    }
}
