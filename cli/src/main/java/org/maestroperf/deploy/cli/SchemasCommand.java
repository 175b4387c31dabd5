package org.maestroperf.deploy.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.validator.schema.PackImporter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maestro-deploy schemas}: manages schema packs for {@code validate --schema-location}. */
@Command(name = "schemas", mixinStandardHelpOptions = true,
        description = "Schema packs for validate --schema-location.",
        subcommands = SchemasCommand.Import.class)
final class SchemasCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code schemas import --openapi SPEC --output-dir DIR}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Converts an OpenAPI v2 document, or a folder of OpenAPI v3 documents (kubectl get --raw /openapi/v2),",
                    "into a strict schema pack: one <kind>-<group>-<version>.json per kind."})
    static final class Import implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--openapi", paramLabel = "SPEC", required = true, description = "OpenAPI v2 JSON file, or folder of v3 JSON files.")
        Path openapi;

        @Option(names = "--output-dir", paramLabel = "DIR", description = "Folder to write the pack into (required).")
        Path outputDir;

        /** The spelling of --output-dir before every directory flag was named so; kept one release. */
        @Option(names = "--out", paramLabel = "DIR", hidden = true, description = "Deprecated: use --output-dir.")
        Path deprecatedOut;

        @Override
        public Integer call() {
            Path out = outputDir;
            if (deprecatedOut != null) {
                DeprecatedSpelling.warn(spec.commandLine().getErr(), "--out DIR", null, "--output-dir DIR");
                out = outputDir != null ? outputDir : deprecatedOut;
            }
            if (out == null) {
                throw new UserException("give --output-dir DIR, the folder to write the pack into");
            }
            if (!openapi.toFile().exists()) {
                throw new UserException(openapi + ": no such file or directory");
            }
            PackImporter.Imported imported = PackImporter.importSpec(openapi, out);
            imported.skipped().forEach(line -> spec.commandLine().getErr().println("warning: " + line));
            spec.commandLine().getOut().println("wrote " + imported.written() + " schemas to " + out);
            return ExitCode.OK;
        }
    }
}
