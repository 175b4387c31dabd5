package org.maestroperf.deploy.openshift;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diag.UserFiles;

/** Writes processed objects one file each ({@code 01-deployment-maestro-worker.yaml}), in template order. */
public final class ProcessedWriter {

    private ProcessedWriter() {
    }

    /** File name to content, in template order. */
    public static Map<String, String> files(List<Map<String, Object>> objects) {
        Map<String, String> files = new LinkedHashMap<>();
        int width = String.valueOf(objects.size()).length() < 2 ? 2 : String.valueOf(objects.size()).length();
        for (int i = 0; i < objects.size(); i++) {
            Map<String, Object> o = objects.get(i);
            String name = String.format("%0" + width + "d-%s-%s.yaml", i + 1,
                    safe(String.valueOf(o.get("kind"))), safe(Trees.name(o)));
            files.put(name, TreeWriter.yaml(o));
        }
        return files;
    }

    /** Writes into {@code dir}, which must not exist or be empty (nothing of the user's is overwritten). */
    public static void write(Path dir, List<Map<String, Object>> objects) {
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new UserException("--output-dir " + dir + ": directory is not empty");
                    }
                }
            } else if (Files.exists(dir)) {
                throw new UserException("--output-dir " + dir + ": not a directory");
            }
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files(objects).entrySet()) {
                Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UserException("--output-dir " + dir + ": cannot write: " + UserFiles.reason(e));
        }
    }

    private static String safe(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "_");
    }
}
