package org.maestroperf.deploy.openshift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files processed objects are written as, one each ({@code 01-deployment-maestro-worker.yaml}), in
 * template order; the directory is written whole by the generator's BundleWriter, as a bundle is.
 */
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

    private static String safe(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "_");
    }
}
