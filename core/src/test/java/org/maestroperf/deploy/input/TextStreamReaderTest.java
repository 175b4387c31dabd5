package org.maestroperf.deploy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.hostile.HostileInputs;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.Token;

/** The linear reader gives SnakeYAML's scanner exactly what SnakeYAML's own reader gives it. */
class TextStreamReaderTest {

    /** YAML's structure, line breaks of every kind, a byte order mark, characters YAML refuses, surrogates. */
    private static final String[] PIECES = {"a", "key", ": ", "- ", "\n", "\r\n", "\r", "\u0085", "\u2028", " ", "  ",
        "\t", "#", "'", "\"", "{", "}", "[", "]", ",", "&x ", "*x", "!t ", "|\n", ">\n", "---\n", "...\n", "\uFEFF",
        "\u0001", "\uFFFE", "\ud83d\ude00", "\ud83d", "\ude00", "é", "日本", "%YAML 1.1\n", "? ", "\\"};

    @Test
    void givesTheScannerTheSameTokensMarksAndErrorsOnRandomText() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(n % 100 == 0 ? 3000 : 40); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertThat(scan(new TextStreamReader(text.toString())))
                    .as("text %s", text.toString().codePoints().limit(80).mapToObj(Integer::toHexString).toList())
                    .isEqualTo(scan(new StreamReader(new StringReader(text.toString()))));
        }
    }

    @Test
    void longTokensAtEveryPieceBoundary() {
        HostileInputs inputs = new HostileInputs(3);
        for (int length : new int[] {1021, 1022, 1023, 1024, 1025, 2046, 2047, 5000}) {
            String value = "a: " + inputs.filler(length - 3) + "\n# " + inputs.filler(length) + "\nb: 'x\ud83d\ude00y'\n";
            assertThat(scan(new TextStreamReader(value))).isEqualTo(scan(new StreamReader(new StringReader(value))));
        }
    }

    /** SnakeYAML's reader copies its window per 1,023 characters read: this took 14 s and gigabytes. */
    @Test
    void aFourMebibyteLineIsReadOnce() {
        String text = new HostileInputs(11).longLineValue(4 << 20);
        List<String> tokens = scan(new TextStreamReader(text));
        assertThat(tokens).anyMatch(t -> t.startsWith("<scalar>") && t.contains("length " + (4 << 20)));
    }

    /** Every token with the marks around it, then the error (class and message) that ended the scan, if any. */
    private static List<String> scan(StreamReader reader) {
        List<String> out = new ArrayList<>();
        try {
            ScannerImpl scanner = new ScannerImpl(reader, InputLimits.loaderOptions());
            while (!scanner.checkToken(Token.ID.StreamEnd)) {
                Token token = scanner.getToken();
                out.add(token.getTokenId() + " " + mark(token.getStartMark()) + "-" + mark(token.getEndMark())
                        + (token instanceof org.yaml.snakeyaml.tokens.ScalarToken s ? " length " + s.getValue().length()
                        + " " + s.getValue().hashCode() : ""));
            }
        } catch (RuntimeException e) {
            out.add(e.getClass().getName() + ": " + e.getMessage());
        }
        return out;
    }

    /**
     * Where a mark points. Not its snippet: SnakeYAML's shows only the window it happens to hold, and
     * no message this project prints uses one.
     */
    private static String mark(Mark mark) {
        return mark.getIndex() + "/" + mark.getLine() + ":" + mark.getColumn();
    }
}
