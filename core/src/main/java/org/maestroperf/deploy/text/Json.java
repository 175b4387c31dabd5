package org.maestroperf.deploy.text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one JSON writer: every JSON the tool prints or writes (validate's json and sarif, the runner's
 * progress events and summary, processed Templates, schema packs) is written here, from a plain tree
 * of maps, lists, strings, numbers, booleans and nulls, or a Jackson tree. Jackson's generator does
 * the writing; beyond its standard escapes (quotes, backslashes, C0 controls) it also escapes DEL and
 * the C1 controls, the Unicode line and paragraph separators, U+FFFE/U+FFFF and every surrogate (a
 * pair as two escapes, which readers join again), so the output is printable, well-formed JSON that
 * any reader gives back exactly and that cannot drive a terminal it is printed on.
 *
 * <p>Plain trees are walked here rather than handed to an ObjectMapper: setting one up is a quarter
 * of a second of CPU, most of what {@code validate -o json} would otherwise add to {@code -o text}.
 */
public final class Json {

    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new Escapes());

    private Json() {
    }

    /** The tree on one line. */
    public static String line(Object tree) {
        return write(tree, false);
    }

    /** The tree indented by two spaces (Jackson's default layout), without a final newline. */
    public static String indented(Object tree) {
        return write(tree, true);
    }

    private static String write(Object tree, boolean indented) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (indented) {
                g.useDefaultPrettyPrinter();
            }
            value(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** The types SnakeYAML's safe constructor and Jackson give, written as Jackson's ObjectMapper would. */
    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof TreeNode node) { // before Iterable: a Jackson tree is one too
            Trees.MAPPER.writeTree(g, node);
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Iterable<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Float f) {
            g.writeNumber(f);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (v instanceof byte[] bytes) {
            g.writeBinary(bytes);
        } else if (v instanceof Date date) {
            g.writeNumber(date.getTime());
        } else {
            throw new IllegalArgumentException("not a plain tree: " + v.getClass().getName());
        }
    }

    /** An ObjectMapper only for Jackson trees (schema packs, the reports tool's answer), set up on first use. */
    private static final class Trees {
        static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    }

    private static final class Escapes extends CharacterEscapes {
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            boolean escaped = c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate((char) c);
            return escaped ? new SerializedString(String.format("\\u%04X", c)) : null;
        }
    }
}
