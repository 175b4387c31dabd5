package org.maestroperf.deploy.input;

import java.io.StringReader;
import java.util.Arrays;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's reader for text that is already in memory, in linear time. SnakeYAML's own
 * {@link StreamReader} keeps a window from the scanner's position to what it has read, and copies the
 * whole window each time it reads the next 1,023 characters; a token (a value, a comment) of n
 * characters keeps the window open, so it costs n²/1,023 copied characters: 4 MiB on one line took
 * 14 s and 6 GB. Here the window only ever grows, by doubling, so what is read once is never copied
 * again.
 *
 * <p>Everything else is SnakeYAML's behaviour, which the scanner and every message depend on (a test
 * compares the two on random text): the text is taken 1,023 characters at a time (a high surrogate
 * at the end of a piece takes one more), a piece with a character YAML does not allow is refused when
 * it is taken, at the position of that character, and lines, columns and indices count the same.
 */
public final class TextStreamReader extends StreamReader {

    /** SnakeYAML reads into a buffer of 1,024 characters, one short of full. */
    private static final int PIECE = 1023;
    private static final String NAME = "'reader'";

    private final String text;
    /** Code points taken so far, from the start of the text. */
    private int[] window = new int[64];
    private int length;
    /** Characters of {@link #text} taken so far. */
    private int taken;
    private boolean eof;
    private int pointer;
    private int documentIndex;
    private int line;
    private int column;

    public TextStreamReader(String text) {
        super(new StringReader(""));
        this.text = text;
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, pointer, line, column, window, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int count) {
        for (int i = 0; i < count && ensureEnoughData(0); i++) {
            int c = window[pointer++];
            documentIndex++;
            if (Constant.LINEBR.has(c) || c == '\r' && ensureEnoughData(0) && window[pointer] != '\n') {
                line++;
                column = 0;
            } else if (c != '\uFEFF') {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return ensureEnoughData(0) ? window[pointer] : 0;
    }

    @Override
    public int peek(int index) {
        return ensureEnoughData(index) ? window[pointer + index] : 0;
    }

    @Override
    public String prefix(int count) {
        if (count == 0) {
            return "";
        }
        int available = ensureEnoughData(count) ? count : Math.min(count, length - pointer);
        return new String(window, pointer, available);
    }

    @Override
    public String prefixForward(int count) {
        String prefix = prefix(count);
        pointer += count;
        documentIndex += count;
        column += count;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return pointer;
    }

    @Override
    public int getLine() {
        return line;
    }

    /** Whether the code point {@code index} past the pointer is there, taking one more piece if needed (as SnakeYAML does, at most one). */
    private boolean ensureEnoughData(int index) {
        if (!eof && pointer + index >= length) {
            take();
        }
        return pointer + index < length;
    }

    private void take() {
        if (taken == text.length()) {
            eof = true;
            return;
        }
        int end = Math.min(text.length(), taken + PIECE);
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            if (end == text.length()) {
                throw new ReaderException(NAME, pointer + end - taken, text.charAt(end - 1),
                        "The last char is HighSurrogate (no LowSurrogate detected).");
            }
            end++;
        }
        if (window.length - length < end - taken) {
            window = Arrays.copyOf(window, Math.max(window.length * 2, length + end - taken));
        }
        for (int i = taken; i < end; ) {
            int c = text.codePointAt(i);
            window[length++] = c;
            if (!StreamReader.isPrintable(c)) {
                throw new ReaderException(NAME, length - 1, c, "special characters are not allowed");
            }
            i += Character.charCount(c);
        }
        taken = end;
    }
}
