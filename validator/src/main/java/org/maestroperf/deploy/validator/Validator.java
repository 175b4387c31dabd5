package org.maestroperf.deploy.validator;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Report;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.rules.ManifestSet;
import org.maestroperf.deploy.validator.rules.Rule;
import org.maestroperf.deploy.validator.rules.Rules;
import org.maestroperf.deploy.validator.schema.SchemaCheck;
import org.maestroperf.deploy.validator.schema.SchemaRegistry;
import org.maestroperf.deploy.validator.schema.SchemaSource;
import org.maestroperf.deploy.validator.source.DocumentParser;
import org.maestroperf.deploy.validator.source.Inputs;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.SourceDocument;
import org.maestroperf.deploy.validator.template.TemplateLint;

/**
 * The validation pipeline, and the library's entry point for validating: read, parse, check every
 * object against its schema (and every Template with the Template checks), run the rules on each
 * scope (the objects outside Templates together, the objects of each Template on their own), and
 * report the findings in a stable order. Parsing and per-object checks run in parallel over inputs,
 * rules over scopes and rules. Findings are values in the {@link Report}; nothing is printed.
 *
 * <pre>{@code
 * Report report = new Validator(ValidationOptions.defaults()).validateFiles(List.of(Path.of("manifests")));
 * boolean failed = report.fails(Severity.ERROR);
 * }</pre>
 */
public final class Validator {

    private final ValidationOptions options;
    private final SchemaCheck schemaCheck;
    private final List<Rule> rules;

    /**
     * A validator with its schemas and rules chosen.
     *
     * @param options how to validate
     * @throws UserException for an unknown rule id or a schema location that cannot be used
     */
    public Validator(ValidationOptions options) {
        this.options = options;
        List<SchemaSource> sources = options.schemaLocations().stream()
                .map(l -> SchemaSource.parse(l, options.kubernetesVersion(), options.strict(), options.schemaCache()))
                .toList();
        this.schemaCheck = new SchemaCheck(new SchemaRegistry(sources, options.strict()), options.ignoreMissingSchemas());
        this.rules = Rules.selected(options.skip(), options.enable());
    }

    /**
     * Validates documents held in memory (what the generator renders).
     *
     * @param documents the documents, each named as its findings name it
     * @return the findings in report order
     */
    public List<Finding> validate(List<SourceDocument> documents) {
        return run(documents, d -> new Parsed(DocumentParser.parse(d), null)).findings();
    }

    /**
     * Validates files and directories. A directory is searched for {@code .yaml}, {@code .yml} and
     * {@code .json} files, except that of a directory {@code generate} wrote only its
     * {@code bundle.yaml} and {@code commands/} are read (its other files hold the same objects).
     * A finding names its file as the path was given.
     *
     * @param paths files and directories
     * @return the findings, and how many files and objects were read
     * @throws UserException when a path does not exist or no manifest is found
     */
    public Report validateFiles(List<Path> paths) {
        // "-" is stdin on the command line; as a path it is a file of that name
        List<String> arguments = paths.stream().map(p -> p.toString().equals("-") ? "./-" : p.toString()).toList();
        return validateInputs(arguments, InputStream.nullInputStream());
    }

    /**
     * Validates the inputs the command line named (files, directories, {@code -} for stdin).
     *
     * @param arguments files, directories or {@code -}
     * @param stdin     what {@code -} reads
     * @return the findings, and how many inputs and objects were read
     * @throws UserException when an input does not exist or no manifest is found
     */
    public Report validateInputs(List<String> arguments, InputStream stdin) {
        List<Inputs.Input> inputs = Inputs.discover(arguments);
        if (inputs.isEmpty()) {
            throw new UserException("no .yaml, .yml or .json files found in " + String.join(" ", arguments));
        }
        return run(inputs, input -> {
            Inputs.Read read = Inputs.read(input, stdin);
            if (read.document() == null) {
                return new Parsed(new DocumentParser.Result(List.of(), List.of()),
                        new Finding(input.name(), 1, 1, "", Severity.ERROR, "unreadable-input", read.problem()));
            }
            return new Parsed(DocumentParser.parse(read.document()), null);
        });
    }

    private record Parsed(DocumentParser.Result result, Finding unreadable) {
    }

    /** One rule over one scope. */
    private record RuleRun(Rule rule, ManifestSet manifests) {
    }

    private <T> Report run(List<T> inputs, Function<T, Parsed> parse) {
        boolean checkSchemas = !options.skip().contains(SchemaCheck.RULE);
        // each input is parsed and its objects checked in one task, while its tree is fresh in the cache
        List<Parsed> parsed = inputs.parallelStream().map(input -> {
            Parsed p = parse.apply(input);
            List<Finding> found = new ArrayList<>(p.result().findings());
            if (p.unreadable() != null) {
                found.add(p.unreadable());
            }
            for (Manifest m : p.result().manifests()) {
                if (checkSchemas) {
                    found.addAll(schemaCheck.check(m));
                }
                if (TemplateLint.applies(m)) {
                    found.addAll(TemplateLint.check(m));
                }
            }
            return new Parsed(new DocumentParser.Result(p.result().manifests(), found), null);
        }).toList();
        Map<String, List<Manifest>> scopes = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        int objects = 0;
        for (Parsed p : parsed) {
            p.result().manifests().forEach(m -> scopes.computeIfAbsent(m.scope(), s -> new ArrayList<>()).add(m));
            objects += p.result().manifests().size();
            findings.addAll(p.result().findings());
        }
        // one task per rule and scope, so that a single large bundle still spreads over the cores
        List<RuleRun> runs = scopes.values().stream().map(m -> new ManifestSet(m, options.external(), options.kubernetesVersion()))
                .flatMap(b -> rules.stream().map(r -> new RuleRun(r, b))).toList();
        runs.parallelStream().map(run -> run.rule().check(run.manifests())).toList().forEach(findings::addAll);
        Map<String, Integer> rank = new HashMap<>();
        for (T input : inputs) {
            rank.putIfAbsent(nameOf(input), rank.size());
        }
        findings.removeIf(f -> options.skip().contains(f.rule()));
        findings.sort(Finding.order(f -> rank.getOrDefault(f, Integer.MAX_VALUE)));
        return new Report(findings, inputs.size(), objects);
    }

    private static String nameOf(Object input) {
        return input instanceof Inputs.Input i ? i.name() : ((SourceDocument) input).name();
    }
}
