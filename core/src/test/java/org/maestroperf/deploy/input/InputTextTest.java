package org.maestroperf.deploy.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.diag.UserException;

class InputTextTest {

    @TempDir
    Path dir;

    /** An endless stream of zeros, like /dev/zero. */
    private static final class Zeros extends InputStream {
        long given;

        @Override
        public int read() {
            given++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            given += len;
            return len;
        }
    }

    @Test
    void anEndlessStreamIsReadOnlyUpToTheLimit() {
        Zeros zeros = new Zeros();
        assertThatThrownBy(() -> InputText.read(zeros)).isInstanceOf(InputText.TooLarge.class)
                .hasMessage("input is larger than the limit of 67108864 bytes; refused");
        assertThat(zeros.given).isLessThanOrEqualTo(InputLimits.MAX_BYTES + 8192);
        assertThatThrownBy(() -> InputText.readText(new Zeros(), "<stdin>")).isInstanceOf(UserException.class)
                .hasMessageStartingWith("<stdin>: input is larger than the limit");
    }

    @Test
    void devicesAndFifosAreReadLikeFiles() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null here");
        assertThat(InputText.read(Path.of("/dev/null"))).isEmpty();
        assertThat(InputText.readText(Path.of("/dev/null"), "null")).isEmpty();
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
        Process writer = new ProcessBuilder("sh", "-c", "printf 'a: 1\\n' > " + fifo).start();
        assertThat(InputText.readText(fifo, "fifo")).isEqualTo("a: 1\n");
        assertThat(writer.waitFor()).isZero();
    }

    @Test
    void problemsAreSaidInTheUsersWords() throws IOException {
        assertThatThrownBy(() -> InputText.readText(dir.resolve("missing.yaml"), "missing.yaml"))
                .hasMessage("missing.yaml: no such file or directory");
        assertThatThrownBy(() -> InputText.readText(dir, "dir")).hasMessage("dir: cannot read: is a directory");
        Path binary = Files.write(dir.resolve("b.yaml"), new byte[] {'a', 0});
        assertThatThrownBy(() -> InputText.readText(binary, "b.yaml")).hasMessage("b.yaml: binary input (NUL bytes), not UTF-8 text");
        Path latin1 = Files.write(dir.resolve("l.yaml"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> InputText.readText(latin1, "l.yaml")).hasMessageContaining("not UTF-8 text");
        Path bom = Files.write(dir.resolve("bom.yaml"), "\uFEFFa: \u00e9".getBytes(StandardCharsets.UTF_8));
        assertThat(InputText.readText(bom, "bom.yaml")).isEqualTo("a: \u00e9");
    }
}
