package org.maestroperf.deploy.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/library.md's examples are code that works: every {@code java} block is compiled against the
 * modules (this module's test class path holds pipeline and runner), and the one that needs no
 * cluster is run.
 */
class LibraryExampleTest {

    private static final Path DOC = Path.of("..", "docs", "library.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

    @TempDir
    Path dir;

    @Test
    void theExamplesCompileAndTheOfflineOneWritesValidatesAndPublishes() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src"));
        List<File> files = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        while (block.find()) {
            Matcher name = CLASS_NAME.matcher(block.group(1));
            assertThat(name.find()).as("a java block of docs/library.md is a public class").isTrue();
            files.add(Files.writeString(sources.resolve(name.group(1) + ".java"), block.group(1)).toFile());
        }
        assertThat(files).extracting(File::getName).containsExactly("Example.java", "RunExample.java");

        Path classes = Files.createDirectories(dir.resolve("classes"));
        compile(files, classes);

        Path out = dir.resolve("out");
        String printed = run(classes, "Example", out.toString());

        assertThat(printed).contains("wrote ", " objects to " + out)
                .containsPattern("Kubernetes 1\\.30: \\d+ objects in \\d+ files?: 0 errors")
                .containsPattern("Template: \\d+ lines, 0 findings");
        assertThat(out.resolve("bundle.yaml")).isRegularFile();
        assertThat(Files.readString(out.resolve("worker/worker-deployment.yaml"))).containsPattern("(?m)^  replicas: 4$");
    }

    private static void compile(List<File> files, Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        // surefire puts the real class path here; java.class.path may be a manifest-only jar
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(null, manager, diagnostics,
                    List.of("-classpath", classPath, "-d", classes.toString(), "-Xlint:all", "-Werror"), null,
                    manager.getJavaFileObjectsFromFiles(files)).call();
            assertThat(compiled).as("docs/library.md's examples compile: %s", diagnostics.getDiagnostics()).isTrue();
        }
    }

    /** Runs {@code main} of a compiled class and returns what it printed. */
    private static String run(Path classes, String className, String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                LibraryExampleTest.class.getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) args);
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
