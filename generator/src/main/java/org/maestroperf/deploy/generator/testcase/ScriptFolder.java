package org.maestroperf.deploy.generator.testcase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diag.UserFiles;

/**
 * A folder of custom Groovy scripts, read the way {@code kubectl create configmap --from-file=DIR}
 * reads it: one key per regular file, named after the file.
 */
public final class ScriptFolder {

    /** ConfigMaps are stored in etcd, which refuses objects over 1 MiB. */
    public static final int MAX_BYTES = 1024 * 1024;
    private static final Pattern KEY = Pattern.compile("[-._a-zA-Z0-9]+");

    private ScriptFolder() {
    }

    /** File name to content, sorted by name; refuses non-text files and a total over 1 MiB. */
    public static Map<String, String> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UserException("client.scripts: " + folder + " is not a directory");
        }
        Map<String, String> files = new LinkedHashMap<>();
        long total = 0;
        List<Path> entries;
        try (var stream = Files.list(folder)) {
            entries = stream.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UserException("client.scripts: cannot list " + folder + ": " + UserFiles.reason(e));
        }
        for (Path file : entries) {
            String key = file.getFileName().toString();
            if (!KEY.matcher(key).matches()) {
                throw new UserException("client.scripts: " + file + ": a ConfigMap key may hold only letters, digits, '-', '_' and '.'");
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UserException("client.scripts: cannot read " + file + ": " + UserFiles.reason(e));
            }
            total += bytes.length + key.length();
            if (total > MAX_BYTES) {
                throw new UserException("client.scripts: " + folder + " holds more than 1 MiB, the limit of a ConfigMap;"
                        + " keep only the scripts the test cases run");
            }
            files.put(key, utf8(file, bytes));
        }
        if (files.isEmpty()) {
            throw new UserException("client.scripts: " + folder + " holds no files");
        }
        return files;
    }

    private static String utf8(Path file, byte[] bytes) {
        try {
            return UserFiles.decode(bytes);
        } catch (UserFiles.NotUtf8 e) {
            throw new UserException("client.scripts: " + file + " is " + e.getMessage());
        }
    }
}
