package org.maestroperf.deploy.generator.render;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.maestroperf.deploy.diag.Suggestions;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diag.UserFiles;
import org.maestroperf.deploy.generator.model.MaestroModel;
import org.maestroperf.deploy.yaml.YamlValues;

/**
 * Renders one Velocity template per object. A user's template folder ({@code --templates DIR}) is
 * searched first, so any template (or the shared macros) can be replaced file by file.
 */
public final class VelocityRenderer {

    /** Where the built-in templates live on the classpath. */
    public static final String BUILT_IN = "maestro-templates/";
    private static final String MACROS = "_macros.vm";
    /** Velocity's words for a method call on an object without that method; the object is named by its class. */
    private static final Pattern NO_METHOD = Pattern.compile("Object '([\\w.$]+)' does not contain method (\\w+)\\(.*");

    private final VelocityEngine engine;
    private final Path overrides;
    private final YamlValues yaml = new YamlValues();

    /** @param overrides a folder of templates that win over the built-in ones, or null */
    public VelocityRenderer(Path overrides) {
        if (overrides != null && !Files.isDirectory(overrides)) {
            throw new UserException("--templates " + overrides + ": no such directory");
        }
        if (overrides != null) {
            checkOverrides(overrides);
        }
        this.overrides = overrides;
        Properties p = new Properties();
        p.setProperty("resource.loaders", overrides == null ? "builtin" : "user,builtin");
        if (overrides != null) {
            p.setProperty("resource.loader.user.class", "org.apache.velocity.runtime.resource.loader.FileResourceLoader");
            p.setProperty("resource.loader.user.path", overrides.toAbsolutePath().toString());
        }
        p.setProperty("resource.loader.builtin.class", BuiltInLoader.class.getName());
        p.setProperty("resource.loader.builtin.cache", "true");
        p.setProperty("velocimacro.library.path", MACROS);
        // an unknown reference is a template bug: fail instead of writing "$x" into a manifest
        p.setProperty("runtime.strict_mode.enable", "true");
        p.setProperty("resource.default_encoding", "UTF-8");
        engine = new VelocityEngine(p);
        try {
            engine.init();
        } catch (VelocityException e) {
            throw new UserException(describe(e));
        }
    }

    /**
     * Every template file ({@code *.vm}) of the folder must replace a built-in one: a misspelt name
     * would otherwise be silently ignored and the built-in template rendered instead.
     */
    private static void checkOverrides(Path overrides) {
        List<String> problems = new ArrayList<>();
        List<String> builtIn = null;
        for (String template : templatesIn(overrides)) {
            if (BuiltInLoader.class.getClassLoader().getResource(BUILT_IN + template) == null) {
                builtIn = builtIn == null ? builtInTemplates() : builtIn;
                String hint = Suggestions.closest(template, builtIn).map(s -> "; did you mean '" + s + "'?")
                        .orElse(" (built-in templates: " + String.join(", ", builtIn) + ")");
                problems.add("--templates " + overrides + ": " + template + " replaces no built-in template" + hint);
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
    }

    /** The {@code .vm} files under a folder, as sorted relative paths with '/'; hidden ones left out. */
    private static List<String> templatesIn(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".vm") && Files.isRegularFile(f))
                    .map(f -> folder.relativize(f).toString().replace(File.separatorChar, '/'))
                    .filter(name -> !name.startsWith(".") && !name.contains("/."))
                    .sorted().toList();
        } catch (IOException e) {
            throw cannotList(folder, e);
        } catch (UncheckedIOException e) {
            throw cannotList(folder, e.getCause());
        }
    }

    private static UserException cannotList(Path folder, IOException e) {
        return new UserException("--templates " + folder + ": cannot list: " + UserFiles.reason(e));
    }

    /** The built-in templates' paths, read from the class path (a folder in a build, a jar otherwise). */
    static List<String> builtInTemplates() {
        URL macros = BuiltInLoader.class.getClassLoader().getResource(BUILT_IN + MACROS);
        try {
            if (macros.openConnection() instanceof JarURLConnection jar) {
                // the JVM's shared copy of the jar it runs from: not to be closed here
                return jar.getJarFile().stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(BUILT_IN) && n.endsWith(".vm"))
                        .map(n -> n.substring(BUILT_IN.length())).sorted().toList();
            }
            return templatesIn(Path.of(macros.toURI()).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in templates cannot be listed", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the built-in templates cannot be listed", e);
        }
    }

    /** Renders one planned object of this bundle. */
    public String render(MaestroModel bundle, PlannedObject object) {
        VelocityContext context = new VelocityContext();
        context.put("b", bundle);
        context.put("y", yaml);
        for (Map.Entry<String, Object> v : object.variables().entrySet()) {
            context.put(v.getKey(), v.getValue());
        }
        // sized for a typical object: a campaign renders thousands, and growing from 16 copies each several times
        StringWriter out = new StringWriter(4096);
        try {
            Template template = engine.getTemplate(object.template());
            template.merge(context, out);
        } catch (VelocityException e) {
            throw new UserException(describe(e));
        }
        String rendered = out.toString();
        int separator = documentSeparator(rendered);
        if (separator > 0) {
            throw new UserException(origin(object.template()) + ": must render exactly one object, but line " + separator
                    + " of its output starts another YAML document");
        }
        return rendered;
    }

    /**
     * The 1-based line of a document start marker ({@code ---} at the start of a line) after the
     * first line of content, or 0. Exact without parsing: inside a scalar such a line would
     * already end the document, and block scalars are indented.
     */
    static int documentSeparator(String yaml) {
        boolean content = false;
        int line = 1;
        for (int start = 0; start < yaml.length(); line++) {
            int end = yaml.indexOf('\n', start);
            if (end < 0) {
                end = yaml.length();
            }
            boolean marker = yaml.startsWith("---", start);
            if (marker && (start + 3 == end || yaml.charAt(start + 3) == ' ' || yaml.charAt(start + 3) == '\t'
                    || yaml.charAt(start + 3) == '\r')) {
                if (content) {
                    return line;
                }
            } else if (end > start && yaml.charAt(start) != '#') {
                content = true;
            }
            start = end + 1;
        }
        return 0;
    }

    /** Where a template comes from, for messages: the user's file or the built-in one. */
    public String origin(String template) {
        if (overrides != null && Files.isRegularFile(overrides.resolve(template))) {
            return overrides.resolve(template).toString();
        }
        return "built-in template " + template;
    }

    private String describe(VelocityException e) {
        if (e instanceof ParseErrorException p) {
            // Velocity shows the end of input as a control character
            String detail = withoutPosition(p.getMessage()).replace("\"\\u001c\"", "the end of the template");
            return origin(p.getTemplateName()) + ":" + p.getLineNumber() + ":" + p.getColumnNumber()
                    + ": template syntax error: " + detail;
        }
        if (e instanceof MethodInvocationException m) {
            Throwable cause = m.getCause() == null ? m : m.getCause();
            String detail = withoutPosition(cause.getMessage());
            String reference = m.getReferenceName() == null || m.getReferenceName().isEmpty() ? "" : "$" + m.getReferenceName();
            Matcher noMethod = NO_METHOD.matcher(detail);
            if (noMethod.matches()) {
                detail = reference + " has no method " + noMethod.group(2) + "()" + methodHint(noMethod.group(1), noMethod.group(2));
            } else if (!reference.isEmpty()) {
                detail = reference + ": " + detail;
            }
            return origin(m.getTemplateName()) + ":" + m.getLineNumber() + ":" + m.getColumnNumber() + ": " + detail;
        }
        if (e instanceof ResourceNotFoundException) {
            return "template not found: " + firstLine(e.getMessage());
        }
        return "template error: " + firstLine(e.getMessage());
    }

    /** Velocity repeats the position at the end of its messages, in its own form. */
    private static String withoutPosition(String message) {
        return firstLine(message).replaceFirst(" at \\S+\\[line \\d+, column \\d+\\]\\s*$", "");
    }

    /** "did you mean 'name()'?" from the methods of the class a template called a missing method on. */
    private static String methodHint(String className, String method) {
        try {
            Class<?> type = Class.forName(className, false, VelocityRenderer.class.getClassLoader());
            List<String> methods = java.util.Arrays.stream(type.getMethods())
                    .filter(candidate -> candidate.getDeclaringClass() != Object.class)
                    .map(java.lang.reflect.Method::getName).distinct().toList();
            return Suggestions.closest(method, methods).map(s -> "; did you mean '" + s + "()'?").orElse("");
        } catch (ClassNotFoundException | LinkageError e) {
            return "";
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Serves the built-in templates from {@value #BUILT_IN} on the classpath. */
    public static final class BuiltInLoader extends ClasspathResourceLoader {
        @Override
        public Reader getResourceReader(String name, String encoding) {
            return super.getResourceReader(BUILT_IN + name, encoding);
        }

        @Override
        public boolean resourceExists(String name) {
            return super.resourceExists(BUILT_IN + name);
        }
    }
}
