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

    /**
     * Strings that break line-oriented and markup output (text, TAP, XML, JSON) rather than YAML:
     * characters XML cannot hold, terminal escapes, forged report lines, markup.
     */
    public static final List<String> OUTPUT = List.of(
            "ctl\u0001x",
            "nul\u0000",
            "esc\u001b[31mred\u001b[0m",
            "non-character \uFFFE \uFFFF",
            "lone \uD800 high",
            "lone \uDC00 low",
            "pair \uD83D\uDE00 ok",
            "reversed \uDE00\uD83D",
            "del\u007F c1\u0085\u009B",
            "bidi \u202Egnp.exe",
            "x\nok 1 - forged",
            "x\nnot ok 2 - forged # SKIP",
            "x\rforged.yaml:1:1 error schema forged",
            "x\u2028y\u2029z",
            "</failure></testcase><testcase name=\"forged\">",
            "<![CDATA[x]]>",
            "&amp; &#0; &lt;",
            "\"}, {\"forged\": true, \"x\": \"",
            "# directive",
            "tab\tand\r\nwindows\n");

    private static final String OUTPUT_ALPHABET = "a<>&'\"\\#:\n\r\t\u0000\u0001\u001b\u007f\u0085\u2028\u202e\ufffe\uffff"
            + "\ud800\udc00\ud83d\ude00\u00e9";

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

    /** The corpus an output escaper is tested on: {@link #ALL}, {@link #OUTPUT} and {@code random} strings from {@link #randomOutput}. */
    public static List<String> outputCorpus(long seed, int random) {
        List<String> all = new java.util.ArrayList<>(ALL);
        all.addAll(OUTPUT);
        Random r = new Random(seed);
        for (int i = 0; i < random; i++) {
            all.add(randomOutput(r, 1 + r.nextInt(24)));
        }
        return all;
    }

    /** A random string over characters that matter to output formats, unpaired surrogates included. */
    public static String randomOutput(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(OUTPUT_ALPHABET.charAt(random.nextInt(OUTPUT_ALPHABET.length())));
        }
        return out.toString();
    }

    /** A printable form of a value for assertion messages. */
    public static String show(String value) {
        String s = value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + " chars)" : value;
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u0000", "\\0");
    }
}
