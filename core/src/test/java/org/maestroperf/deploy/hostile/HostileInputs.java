package org.maestroperf.deploy.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Small inputs that cost a naive reader minutes and gigabytes: one generator per hostile shape, each
 * seeded, so that a test and the benchmark (bench/hostile.sh, which runs {@link #main}) read the same
 * text. Names and filler vary with the seed; the shape (how many keys, references, aliases, levels)
 * is given by the caller.
 */
public final class HostileInputs {

    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Random random;

    public HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    /** A lower-case name of 4 – 11 characters, starting with a letter. */
    public String name() {
        StringBuilder out = new StringBuilder().append((char) ('a' + random.nextInt(26)));
        for (int i = 3 + random.nextInt(8); i > 0; i--) {
            out.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
        }
        return out.toString();
    }

    /** A ConfigMap whose {@code data} is one mapping of {@code keys} distinct keys (an O(n²) map builder's worst case). */
    public String configMapOfKeys(int keys) {
        StringBuilder out = configMapHead();
        out.append("data:\n");
        for (int i = 0; i < keys; i++) {
            out.append("  k").append(i).append('-').append(random.nextInt(1000)).append(": v").append(random.nextInt(10)).append('\n');
        }
        return out.toString();
    }

    /** A ConfigMap with one plain value of {@code chars} characters on one line. */
    public String longLineValue(int chars) {
        return configMapHead().append("data:\n  big: ").append(filler(chars)).append('\n').toString();
    }

    /** A valid ConfigMap followed by a comment of {@code chars} characters on one line. */
    public String longLineComment(int chars) {
        return configMapHead().append("# ").append(filler(chars)).append('\n').toString();
    }

    /**
     * A Template with one parameter whose value has {@code valueChars} characters, referenced
     * {@code references} times as {@code ${NAME}} in one ConfigMap: small as written, huge processed.
     */
    public String templateOfReferences(int references, int valueChars) {
        String parameter = "P" + random.nextInt(10);
        StringBuilder out = new StringBuilder("apiVersion: template.openshift.io/v1\nkind: Template\nmetadata:\n  name: ")
                .append(name()).append("\nparameters:\n- name: ").append(parameter).append("\n  value: ")
                .append(filler(valueChars)).append("\nobjects:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: ")
                .append(name()).append("\n  data:\n");
        int perKey = 40;
        for (int i = 0; i < references; i += perKey) {
            out.append("    k").append(i).append(": \"");
            for (int j = i; j < Math.min(references, i + perKey); j++) {
                out.append("${").append(parameter).append('}');
            }
            out.append("\"\n");
        }
        return out.toString();
    }

    /** A ConfigMap whose {@code data} merges ({@code <<}) one anchored map of {@code keys} keys into {@code merges} maps. */
    public String mergeKeys(int merges, int keys) {
        StringBuilder out = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").append(name())
                .append("\n  annotations: &base\n");
        for (int i = 0; i < keys; i++) {
            out.append("    a").append(i).append(": x\n");
        }
        out.append("data:\n");
        for (int i = 0; i < merges; i++) {
            out.append("  m").append(i).append(": {<<: *base}\n");
        }
        return out.toString();
    }

    /**
     * YAML lines that define {@code depth} anchors, each a list of {@code fanOut} aliases of the one
     * before, under {@code indent}: the last one expands to fanOut^depth scalars with only
     * fanOut·depth aliases (under SnakeYAML's alias limit), in a few hundred bytes.
     */
    public String aliasFanOut(String indent, int fanOut, int depth) {
        StringBuilder out = new StringBuilder(indent).append("l0: &l0 ").append(name()).append('\n');
        for (int level = 1; level <= depth; level++) {
            out.append(indent).append('l').append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < fanOut; i++) {
                out.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            }
            out.append("]\n");
        }
        return out.toString();
    }

    /**
     * A ConfigMap whose {@code data} is {@code levels} anchors deep, each nesting the one before in
     * {@code brackets} sequences: within the nesting limit as written, about levels·brackets deep
     * once the aliases are followed (a recursive reader's stack overflows).
     */
    public String aliasNesting(int levels, int brackets) {
        StringBuilder out = configMapHead().append("x:\n  l0: &l0 ").append(name()).append('\n');
        for (int level = 1; level <= levels; level++) {
            out.append("  l").append(level).append(": &l").append(level).append(' ').append("[".repeat(brackets))
                    .append("*l").append(level - 1).append("]".repeat(brackets)).append('\n');
        }
        return out.append("data: {a: *l").append(levels).append("}\n").toString();
    }

    /** A profile layer whose {@code labels} hide an alias fan-out (see {@link #aliasFanOut}). */
    public String profileWithAliasFanOut(int fanOut, int depth) {
        return "extends: kubernetes-mosquitto\nlabels:\n" + aliasFanOut("  ", fanOut, depth);
    }

    /** A profile layer that gives the worker {@code count} environment variables. */
    public String profileWithEnv(int count) {
        StringBuilder out = new StringBuilder("extends: kubernetes-mosquitto\nworker:\n  env:\n");
        for (int i = 0; i < count; i++) {
            out.append("  - name: V").append(i).append('_').append(random.nextInt(1000)).append("\n    value: \"")
                    .append(name()).append("\"\n");
        }
        return out.toString();
    }

    /**
     * Profile files {@code p0.yaml} … each extending the next, the last one a built-in: an
     * {@code extends:} chain {@code length} deep. Keys are file names.
     */
    public Map<String, String> extendsChain(int length) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < length; i++) {
            String parent = i == length - 1 ? "kubernetes-mosquitto" : "p" + (i + 1) + ".yaml";
            files.put("p" + i + ".yaml", "extends: " + parent + "\n");
        }
        return files;
    }

    /**
     * An OpenAPI v2 document of one kind whose definitions form a diamond {@code levels} deep: each
     * level refers twice to the next, so inlining without memoization writes 2^levels copies.
     */
    public String openApiDiamond(int levels) {
        StringBuilder defs = new StringBuilder(kindDefinition("d0"));
        for (int level = 0; level < levels; level++) {
            defs.append(",\"d").append(level).append("\":{\"type\":\"object\",\"properties\":{\"")
                    .append(name()).append("\":{\"$ref\":\"#/definitions/d").append(level + 1).append("\"},\"")
                    .append(name()).append("\":{\"$ref\":\"#/definitions/d").append(level + 1).append("\"}}}");
        }
        defs.append(",\"d").append(levels).append("\":{\"type\":\"string\"}");
        return "{\"swagger\":\"2.0\",\"definitions\":{" + defs + "}}";
    }

    /** An OpenAPI v2 document of one kind whose first field is a chain of {@code length} definitions, each referring to the next. */
    public String openApiReferenceChain(int length) {
        StringBuilder defs = new StringBuilder(kindDefinition("c0"));
        for (int i = 0; i < length; i++) {
            defs.append(",\"c").append(i).append("\":{\"type\":\"object\",\"properties\":{\"next\":{\"$ref\":\"#/definitions/c")
                    .append(i + 1).append("\"}}}");
        }
        defs.append(",\"c").append(length).append("\":{\"type\":\"string\"}");
        return "{\"swagger\":\"2.0\",\"definitions\":{" + defs + "}}";
    }

    /**
     * The malformed OpenAPI documents of a fuzzing run, by what is wrong: a kind whose top-level
     * {@code $ref} names a string or an array, a string {@code enum}, a NUL in a definition name.
     */
    public Map<String, String> malformedOpenApi() {
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("ref-to-string", "{\"definitions\":{" + gvk("io.k8s.api.core.v1.Thing", "\"$ref\":\"#/definitions/s\"")
                + ",\"s\":\"just a string\"}}");
        docs.put("ref-to-array", "{\"definitions\":{" + gvk("io.k8s.api.core.v1.Thing", "\"$ref\":\"#/definitions/a\"")
                + ",\"a\":[1,2]}}");
        docs.put("string-enum", "{\"definitions\":{" + gvk("io.k8s.api.core.v1.Thing",
                "\"properties\":{\"kind\":{\"type\":\"string\",\"enum\":\"Thing\"},\"apiVersion\":{\"type\":\"string\"}}") + "}}");
        docs.put("nul-in-name", "{\"definitions\":{" + gvk("io.k8s.api.core.v1.Th\\u0000ing",
                "\"properties\":{\"apiVersion\":{\"type\":\"string\"}}") + "}}");
        return docs;
    }

    private String kindDefinition(String firstField) {
        return gvk("io.k8s.api.core.v1." + "Hostile", "\"type\":\"object\",\"properties\":{\"apiVersion\":{\"type\":\"string\"},"
                + "\"kind\":{\"type\":\"string\"},\"" + name() + "\":{\"$ref\":\"#/definitions/" + firstField + "\"}}");
    }

    private static String gvk(String title, String body) {
        String kind = title.substring(title.lastIndexOf('.') + 1);
        return "\"" + title + "\":{" + body + ",\"x-kubernetes-group-version-kind\":[{\"group\":\"\",\"version\":\"v1\",\"kind\":\""
                + kind + "\"}]}";
    }

    /** A Template whose object contains an alias of the mapping it is in: infinite when constructed. */
    public String templateWithRecursiveAlias() {
        return "apiVersion: template.openshift.io/v1\nkind: Template\nmetadata:\n  name: " + name()
                + "\nobjects:\n- &o\n  apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: " + name()
                + "\n  data:\n    self: *o\n";
    }

    private StringBuilder configMapHead() {
        return new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").append(name()).append('\n');
    }

    /** {@code chars} letters and digits: a plain scalar that needs no quoting. */
    public String filler(int chars) {
        StringBuilder out = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            out.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
        }
        return out.toString();
    }

    /**
     * Writes the benchmark corpus (the sizes of the fuzzing run that found each shape) into a
     * directory: {@code java ... HostileInputs DIR}.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        HostileInputs inputs = new HostileInputs(11);
        write(dir, "map-100000-keys.yaml", inputs.configMapOfKeys(100_000));
        write(dir, "template-40000-references.yaml", inputs.templateOfReferences(40_000, 20_000));
        write(dir, "line-4mb-value.yaml", inputs.longLineValue(4 << 20));
        write(dir, "line-4mb-comment.yaml", inputs.longLineComment(4 << 20));
        write(dir, "merge-99-of-5000.yaml", inputs.mergeKeys(99, 5_000));
        write(dir, "alias-nesting-99-by-95.yaml", inputs.aliasNesting(99, 95));
        write(dir, "profile-fanout-3-16.yaml", inputs.profileWithAliasFanOut(3, 16));
        write(dir, "profile-env-10000.yaml", inputs.profileWithEnv(10_000));
        write(dir, "openapi-diamond-40.json", inputs.openApiDiamond(40));
        write(dir, "openapi-chain-20000.json", inputs.openApiReferenceChain(20_000));
        inputs.malformedOpenApi().forEach((name, text) -> write(dir, "openapi-" + name + ".json", text));
        write(dir, "template-recursive-alias.yaml", inputs.templateWithRecursiveAlias());
        write(dir, "template-1mib-parameter.yaml", inputs.templateOfReferences(2_000, 1 << 20));
        Path chain = Files.createDirectories(dir.resolve("extends-10000"));
        inputs.extendsChain(10_000).forEach((name, text) -> write(chain, name, text));
    }

    private static void write(Path dir, String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
