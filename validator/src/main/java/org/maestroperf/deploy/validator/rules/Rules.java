package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.validator.rules.maestro.MaestroAffinityRule;
import org.maestroperf.deploy.validator.rules.maestro.MaestroBrokerRule;
import org.maestroperf.deploy.validator.rules.maestro.MaestroClientCompletesRule;
import org.maestroperf.deploy.validator.rules.maestro.MaestroScriptConfigMapRule;
import org.maestroperf.deploy.validator.rules.maestro.MaestroScriptVariablesRule;
import org.maestroperf.deploy.validator.rules.maestro.MaestroUnusedVariableRule;
import org.maestroperf.deploy.validator.rules.server.ServerRules;
import org.maestroperf.deploy.validator.template.TemplateLint;

/** Every rule, and the selection {@code --skip}/{@code --enable} make. */
public final class Rules {

    /** Finding ids that are not rules but can be skipped too (the schema check, the Template checks). */
    public static final Set<String> SKIPPABLE_CHECKS = skippableChecks();

    private Rules() {
    }

    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>(List.of(new SelectorMatchRule(), new ServiceSelectsPodsRule(), new ServiceTargetPortRule(),
                new BackendServiceRule(), new ReferencesRule(), new NodePortRule(), new DuplicateObjectRule(),
                new NameSyntaxRule(), new LabelSyntaxRule(), new MaestroBrokerRule(), new MaestroAffinityRule(),
                new MaestroScriptVariablesRule(), new MaestroUnusedVariableRule(), new MaestroClientCompletesRule(),
                new MaestroScriptConfigMapRule(), new FloatingTagRule(), new ZeroReplicasRule(), new PvcSelectorRule(),
                new ResourcesRule(), new ProbesRule(), new SecurityContextRule(), new PullPolicyRule()));
        all.addAll(ServerRules.all());
        return List.copyOf(all);
    }

    /** The default rules, minus {@code skip}, plus {@code enable}; unknown ids are a usage error. */
    public static List<Rule> selected(Set<String> skip, Set<String> enable) {
        List<Rule> all = all();
        Set<String> known = new TreeSet<>(SKIPPABLE_CHECKS);
        all.forEach(r -> known.add(r.id()));
        List<String> problems = new ArrayList<>();
        for (String id : new TreeSet<>(union(skip, enable))) {
            if (!known.contains(id)) {
                problems.add("unknown rule '" + id + "' (known: " + String.join(", ", known) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return all.stream().filter(r -> (r.enabledByDefault() || enable.contains(r.id())) && !skip.contains(r.id())).toList();
    }

    private static Set<String> skippableChecks() {
        Set<String> out = new TreeSet<>(List.of("schema", "schema-missing"));
        out.addAll(TemplateLint.RULES.keySet());
        return Collections.unmodifiableSet(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }
}
