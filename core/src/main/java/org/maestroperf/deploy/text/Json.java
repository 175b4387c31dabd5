package org.maestroperf.deploy.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The one JSON writer: every JSON the tool prints or writes (validate's json and sarif, the runner's
 * progress events and summary, processed Templates, schema packs) is written here, from a plain tree
 * of maps, lists, strings, numbers, booleans and nulls (or a Jackson tree). Jackson does the writing;
 * beyond its standard escapes (quotes, backslashes, C0 controls) this also escapes DEL and the C1
 * controls, the Unicode line and paragraph separators, U+FFFE/U+FFFF and every surrogate (a pair as
 * two escapes, which readers join again), so the output is pure, printable, well-formed JSON that any
 * reader gives back exactly and that cannot drive a terminal it is printed on.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactory().setCharacterEscapes(new Escapes()));
    private static final ObjectWriter LINE = MAPPER.writer();
    private static final ObjectWriter INDENTED = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }

    /** The tree on one line. */
    public static String line(Object tree) {
        return write(LINE, tree);
    }

    /** The tree indented by two spaces (Jackson's default layout), without a final newline. */
    public static String indented(Object tree) {
        return write(INDENTED, tree);
    }

    private static String write(ObjectWriter writer, Object tree) {
        try {
            return writer.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a plain tree: " + e.getOriginalMessage(), e);
        }
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
