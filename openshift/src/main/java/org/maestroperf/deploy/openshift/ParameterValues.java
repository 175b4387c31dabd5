package org.maestroperf.deploy.openshift;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.input.InputText;

/**
 * Parameter values from {@code --param-file} files (KEY=VALUE lines; blank lines and lines starting
 * with # skipped) and {@code -p KEY=VALUE} options. Later files win over earlier ones, and -p over files.
 */
public final class ParameterValues {

    private ParameterValues() {
    }

    /** The merged values, in first-given order; every malformed entry is reported, one line each. */
    public static Map<String, String> of(List<Path> files, List<String> options) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = InputText.readText(file, file.toString()).lines().toList();
            } catch (UserException e) {
                problems.addAll(e.problems());
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    put(values, line, file + ":" + (i + 1) + ":1: ", problems);
                }
            }
        }
        for (String option : options) {
            put(values, option, "-p " + option + ": ", problems);
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return values;
    }

    private static void put(Map<String, String> values, String entry, String where, List<String> problems) {
        int equals = entry.indexOf('=');
        String name = equals < 0 ? entry : entry.substring(0, equals);
        if (equals < 0) {
            problems.add(where + "expected KEY=VALUE");
        } else if (!ParameterRefs.NAME.matcher(name).matches()) {
            problems.add(where + "'" + name + "' is not a parameter name (letters, digits and _)");
        } else {
            values.put(name, entry.substring(equals + 1));
        }
    }
}
