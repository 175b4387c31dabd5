package org.maestroperf.deploy.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFilesTest {

    @TempDir
    Path dir;

    @Test
    void whyAFileCannotBeUsedIsSaidInWordsWithoutJavaNamesOrOurOwnPaths() {
        assertThat(UserFiles.reason(new AccessDeniedException("/home/u/p.yaml"))).isEqualTo("permission denied");
        assertThat(UserFiles.reason(new NoSuchFileException("/home/u/p.yaml"))).isEqualTo("no such file or directory");
        assertThat(UserFiles.reason(new MalformedInputException(1))).isEqualTo("not UTF-8 text");
        // the operating system's reason, not the temporary file it happened to
        assertThat(UserFiles.reason(new FileSystemException("/out/.bundle.tmp-x1/worker/a.yaml", null,
                "No space left on device"))).isEqualTo("no space left on device");
        assertThat(UserFiles.reason(new java.nio.file.FileAlreadyExistsException("/home/u/out")))
                .isEqualTo("/home/u/out already exists");
        assertThat(UserFiles.reason(new ConnectException())).isEqualTo("cannot connect");
        assertThat(UserFiles.reason(new IOException())).isEqualTo("input/output error");
    }

    @Test
    void onlyUtf8TextIsReadAndUtf16IsRecognised() throws IOException {
        Path utf8 = Files.writeString(dir.resolve("a.yaml"), "caf\u00e9\n");
        assertThat(UserFiles.readUtf8(utf8)).isEqualTo("caf\u00e9\n");
        Path latin1 = Files.write(dir.resolve("b.yaml"), "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> UserFiles.readUtf8(latin1)).isInstanceOf(UserFiles.NotUtf8.class).hasMessage("not UTF-8 text");
        Path utf16 = Files.write(dir.resolve("c.yaml"), "a: b\n".getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> UserFiles.readUtf8(utf16)).hasMessage("UTF-16 text, not UTF-8 (save it as UTF-8)");
    }
}
