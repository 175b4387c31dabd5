package org.maestroperf.deploy.validator.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diag.UserFiles;

/**
 * One {@code --schema-location}: the built-in pack ({@code default}), a local folder of schema
 * files, or a kubeconform-style template (local path or http(s) URL) with {@code {{ .ResourceKind }}},
 * {@code {{ .KindSuffix }}}, {@code {{ .NormalizedKubernetesVersion }}}, {@code {{ .StrictSuffix }}},
 * {@code {{ .Group }}} and {@code {{ .ResourceAPIVersion }}}. Remote schemas are cached on disk.
 */
public sealed interface SchemaSource {

    /** The schema's identity (resource, path or URL) for a key, for caching and messages. */
    String locate(SchemaKey key);

    /** The schema text, or null when this location has none for the key. */
    String fetch(String located);

    /** The location as the user would recognise it. */
    String describe();

    /** What a schema found here is read as, so that its relative {@code $ref}s resolve beside it. */
    URI address(String located);

    /**
     * The text of the document a schema's {@code $ref} names (without fragment), when it lies inside
     * this location; null when it lies elsewhere. Only the user's locations are ever read: validate
     * promises to work offline, so a reference anywhere else is refused, not fetched.
     */
    String follow(URI document);

    /** The part of a template before its first variable, up to a slash: the folder or URL everything it names is in. */
    static String root(String template) {
        int variable = template.indexOf("{{");
        String head = variable < 0 ? template : template.substring(0, variable);
        return head.substring(0, head.lastIndexOf('/') + 1);
    }

    /** Parses a {@code --schema-location} value. */
    static SchemaSource parse(String location, KubernetesVersion version, boolean strict, Path cacheDir) {
        if (location.equals("default")) {
            return new BuiltIn(version);
        }
        if (location.isBlank()) {
            throw new UserException("--schema-location: an empty location (a folder, a template, an http(s) URL or 'default')");
        }
        boolean remote = location.startsWith("http://") || location.startsWith("https://");
        String template = location.contains("{{") ? location
                : location.replaceAll("/+$", "") + "/{{ .ResourceKind }}{{ .KindSuffix }}.json";
        if (!remote) {
            requireFolder(location, template);
        }
        return remote ? new Remote(template, version, strict, cacheDir) : new Local(template, version, strict);
    }

    /**
     * A local location's folder (a template's, up to its first variable) must exist: otherwise every kind
     * would be reported "without schema" for what is a mistyped path.
     */
    private static void requireFolder(String location, String template) {
        String fixed = template.substring(0, template.indexOf("{{"));
        String folder = fixed.contains("/") ? fixed.substring(0, fixed.lastIndexOf('/')) : "";
        Path dir;
        try {
            dir = Path.of(folder.isEmpty() ? (fixed.startsWith("/") ? "/" : ".") : folder);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserException("--schema-location " + location + ": not a usable path");
        }
        if (!Files.isDirectory(dir)) {
            throw new UserException("--schema-location " + location + ": no such directory"
                    + (location.contains("{{") ? " " + dir : ""));
        }
    }

    /** Expands kubeconform's template variables. */
    static String expand(String template, SchemaKey key, KubernetesVersion version, boolean strict) {
        Map<String, String> vars = Map.of(
                "ResourceKind", key.kind().toLowerCase(java.util.Locale.ROOT),
                "KindSuffix", key.kindSuffix(),
                "NormalizedKubernetesVersion", version.normalized(),
                "StrictSuffix", strict ? "-strict" : "",
                "Group", key.group(),
                "ResourceAPIVersion", key.version());
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\{\\s*\\.(\\w+)\\s*}}").matcher(template);
        while (m.find()) {
            String value = vars.get(m.group(1));
            if (value == null) {
                throw new UserException("--schema-location: unknown template variable {{ ." + m.group(1) + " }} in " + template);
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The pack built into the jar at build time. */
    record BuiltIn(KubernetesVersion version) implements SchemaSource {
        private static final String ROOT = "/org/maestroperf/deploy/validator/schemas/";

        public BuiltIn {
            if (!KubernetesVersion.BUILT_IN.contains(version.minorName())) {
                throw new UserException("--kubernetes-version " + version.minorName() + ": the built-in schemas cover "
                        + String.join(" and ", KubernetesVersion.BUILT_IN)
                        + "; give a --schema-location for other versions");
            }
        }

        @Override
        public String locate(SchemaKey key) {
            return ROOT + version.minorName() + "/" + key.fileName();
        }

        @Override
        public String fetch(String located) {
            try (InputStream in = BuiltIn.class.getResourceAsStream(located)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("built-in schema " + located + " unreadable", e);
            }
        }

        @Override
        public String describe() {
            return "built-in " + version.minorName();
        }

        @Override
        public URI address(String located) {
            return URI.create("classpath:" + located);
        }

        @Override
        public String follow(URI document) {
            return null;
        }
    }

    /** A local folder or file template. */
    record Local(String template, KubernetesVersion version, boolean strict) implements SchemaSource {
        @Override
        public String locate(SchemaKey key) {
            return expand(template, key, version, strict);
        }

        @Override
        public String fetch(String located) {
            Path p = Path.of(located);
            if (!Files.isRegularFile(p)) {
                return null;
            }
            try {
                return Files.readString(p);
            } catch (IOException e) {
                throw new UserException(located + ": cannot read schema: " + UserFiles.reason(e));
            }
        }

        @Override
        public String describe() {
            return template;
        }

        @Override
        public URI address(String located) {
            return Path.of(located).toAbsolutePath().normalize().toUri();
        }

        @Override
        public String follow(URI document) {
            if (!"file".equals(document.getScheme())) {
                return null;
            }
            Path file = Path.of(document).normalize();
            if (!file.startsWith(Path.of(SchemaSource.root(template)).toAbsolutePath().normalize())) {
                return null;
            }
            String text = fetch(file.toString());
            if (text == null) {
                throw new UserException(file + ": no such schema file");
            }
            return text;
        }
    }

    /** An http(s) template; answers are kept in {@code cacheDir} (404s are not cached). */
    record Remote(String template, KubernetesVersion version, boolean strict, Path cacheDir) implements SchemaSource {
        private static final HttpClient HTTP = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();

        @Override
        public String locate(SchemaKey key) {
            return expand(template, key, version, strict);
        }

        @Override
        public String fetch(String url) {
            Path cached = cacheDir == null ? null : cacheDir.resolve(sha256(url) + ".json");
            try {
                if (cached != null && Files.isRegularFile(cached)) {
                    return Files.readString(cached);
                }
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 404) {
                    return null;
                }
                if (response.statusCode() != 200) {
                    throw new UserException(url + ": HTTP " + response.statusCode());
                }
                if (cached != null) {
                    Files.createDirectories(cacheDir);
                    Path tmp = Files.createTempFile(cacheDir, "schema", ".tmp");
                    Files.writeString(tmp, response.body());
                    Files.move(tmp, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
                return response.body();
            } catch (IOException e) {
                throw new UserException(url + ": cannot fetch schema: " + UserFiles.reason(e));
            } catch (IllegalArgumentException e) {
                throw new UserException(url + ": cannot fetch schema: not a valid URL");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserException(url + ": interrupted");
            }
        }

        @Override
        public String describe() {
            return template;
        }

        @Override
        public URI address(String located) {
            return URI.create(located);
        }

        @Override
        public String follow(URI document) {
            String url = document.normalize().toString();
            String root = SchemaSource.root(template);
            if (!url.startsWith(root) || root.indexOf('/', root.indexOf("//") + 2) < 0) {
                return null;
            }
            String text = fetch(url);
            if (text == null) {
                throw new UserException(url + ": no such schema (HTTP 404)");
            }
            return text;
        }

        private static String sha256(String s) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
