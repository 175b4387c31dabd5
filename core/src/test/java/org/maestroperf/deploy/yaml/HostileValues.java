package org.maestroperf.deploy.yaml;

import java.util.List;
import java.util.Random;

/** Strings meant to break out of a YAML scalar or a Velocity template, for the injection tests. */
public final class HostileValues {

    /** Hand-picked attacks: structure, documents, comments, quoting, template syntax, unicode, size. */
    public static final List<String> ALL = List.of(
            "value\nevil: true",
            "value\n---\napiVersion: v1\nkind: Secret",
            "a: b",
            "- item",
            "x # comment",
            "#comment",
            "\"quoted\"",
            "'single'",
            "back\\slash",
            "${X}",
            "$!{x}",
            "#set($a = 1)$a",
            "#if(true)yes#end",
            "$b.namespace()",
            "{{ .Values }}",
            "&anchor *alias",
            "!!python/object:os.system",
            "[1, 2]",
            "{a: 1}",
            "| block",
            "> folded",
            "%YAML 1.2",
            "@at",
            "`tick`",
            "  leading and trailing  ",
            "\ttab",
            "line\r\nwindows",
            "true",
            "0x1F",
            "~",
            "unicode: żółć — 日本語 — 😀",
            "\u2028\u2029\u0085\uFEFF",
            "nul\u0000char",
            "x".repeat(10 * 1024),
            "multi\nline\n\n\ntrailing\n\n");

    private static final String ALPHABET = "ab:#-'\"\\ \n\t{}[]|>&*!%@`$.,?=\u00e9\u2028\u0000\ud83d\ude00";

    private HostileValues() {
    }

    /** A random string over characters that matter to YAML and Velocity. */
    public static String random(Random random, int length) {
        StringBuilder out = new StringBuilder();
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return out.toString();
    }

    /** A printable form of a value for assertion messages. */
    public static String show(String value) {
        String s = value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + " chars)" : value;
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u0000", "\\0");
    }
}
