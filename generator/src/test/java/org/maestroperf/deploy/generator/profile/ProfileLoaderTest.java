package org.maestroperf.deploy.generator.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.diag.SourcePosition;
import org.maestroperf.deploy.diag.UserException;

class ProfileLoaderTest {

    @TempDir
    Path dir;

    private EffectiveProfile load(List<String> refs, String... sets) {
        return new ProfileLoader(BuiltinProfiles.fromClasspath(), dir).load(refs, List.of(sets));
    }

    private void write(String name, String... lines) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private List<String> problems(List<String> refs, String... sets) {
        try {
            load(refs, sets);
        } catch (UserException e) {
            return e.problems();
        }
        throw new AssertionError("expected a UserException");
    }

    @Test
    void mapsMergeKeyByKeyAndTheChildsValueKeepsItsPosition() throws IOException {
        write("mine.yaml",
                "extends: openshift-activemq",
                "worker:",
                "  replicas: 3");
        EffectiveProfile profile = load(List.of("mine.yaml"));

        assertThat(profile.get("worker.replicas")).isEqualTo(3);
        assertThat(profile.get("worker.role")).isEqualTo("worker");
        assertThat(profile.origins().get("worker.replicas")).isEqualTo(new SourcePosition("mine.yaml", 3, 13));
        assertThat(profile.origins().get("worker.role")).isEqualTo(new SourcePosition("profiles/base.yaml",
                ProfileLines.line("base", "worker:", "  role: worker"), 9));
        assertThat(profile.origins().get("platform.name")).isEqualTo(new SourcePosition("profiles/openshift.yaml", 4, 9));
    }

    @Test
    void namedListsMergeByNameAndOtherListsAreReplaced() throws IOException {
        write("parent.yaml",
                "extends: base",
                "worker:",
                "  env:",
                "    - {name: A, value: one}",
                "    - {name: B, value: two}");
        write("child.yaml",
                "extends: parent.yaml",
                "worker:",
                "  env:",
                "    - {name: B, value: three}",
                "    - {name: C, value: four}",
                "security:",
                "  dropCapabilities: [NET_RAW]");
        EffectiveProfile profile = load(List.of("child.yaml"));

        assertThat(profile.get("worker.env")).isEqualTo(List.of(
                Map.of("name", "A", "value", "one"),
                Map.of("name", "B", "value", "three"),
                Map.of("name", "C", "value", "four")));
        assertThat(profile.origins().get("worker.env[A].value")).hasToString("parent.yaml:4:24");
        assertThat(profile.origins().get("worker.env[B].value")).hasToString("child.yaml:4:24");
        assertThat(profile.origins().get("worker.env[C].value")).hasToString("child.yaml:5:24");
        assertThat(profile.get("security.dropCapabilities")).isEqualTo(List.of("NET_RAW"));
        assertThat(profile.origins().get("security.dropCapabilities[0]")).hasToString("child.yaml:7:22");
    }

    @Test
    void anEmptyListClearsANamedList() throws IOException {
        write("parent.yaml", "extends: base", "worker:", "  env: [{name: A, value: one}]");
        write("child.yaml", "extends: parent.yaml", "worker:", "  env: []");

        assertThat(load(List.of("child.yaml")).get("worker.env")).isEqualTo(List.of());
    }

    @Test
    void anExplicitNullDisablesAndIsKept() throws IOException {
        write("quiet.yaml", "extends: kubernetes-mosquitto", "broker:", "  externalNodePort: null");
        EffectiveProfile profile = load(List.of("quiet.yaml"));

        assertThat(profile.values().get("broker")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("externalNodePort", null);
        assertThat(profile.origins().get("broker.externalNodePort")).hasToString("quiet.yaml:3:21");
    }

    @Test
    void aDiamondMergesTheCommonParentOnceBeforeBothChildren() {
        assertThat(load(List.of("openshift-activemq")).layers())
                .containsExactly("base", "openshift", "activemq", "openshift-activemq");
        assertThat(load(List.of("openshift", "activemq")).layers())
                .containsExactly("base", "openshift", "activemq");
    }

    @Test
    void aLaterProfileWinsWithoutReapplyingAnAlreadyMergedParent() {
        EffectiveProfile profile = load(List.of("openshift-mosquitto", "activemq"));

        assertThat(profile.get("broker.kind")).isEqualTo("activemq");
        // base is not merged again, so it does not reset the platform to kubernetes
        assertThat(profile.get("platform.name")).isEqualTo("openshift");
    }

    @Test
    void parentPathsResolveRelativeToTheFileNamingThem() throws IOException {
        write("team/common.yaml", "extends: base", "namespace: perf");
        write("team/run/mine.yaml", "extends: [../common.yaml]", "worker: {replicas: 5}");
        EffectiveProfile profile = load(List.of("team/run/mine.yaml"));

        assertThat(profile.layers()).containsExactly("base", "team/common.yaml", "team/run/mine.yaml");
        assertThat(profile.get("namespace")).isEqualTo("perf");
    }

    @Test
    void aCycleInExtendsIsNamed() throws IOException {
        write("a.yaml", "extends: b.yaml");
        write("b.yaml", "extends: [base, a.yaml]");

        assertThat(problems(List.of("a.yaml")))
                .containsExactly("b.yaml:1:17: extends cycle: a.yaml -> b.yaml -> a.yaml");
    }

    @Test
    void anUnknownBuiltinNameGetsASuggestionAndTheList() {
        assertThat(problems(List.of("opnshift"))).singleElement().asString()
                .startsWith("unknown profile 'opnshift'; did you mean 'openshift'? built-in profiles: activemq, base,");
    }

    @Test
    void anUnknownParentIsReportedWhereItIsNamed() throws IOException {
        write("mine.yaml", "extends: [base, kubernets]");

        assertThat(problems(List.of("mine.yaml"))).singleElement().asString()
                .startsWith("mine.yaml:1:17: unknown profile 'kubernets'; did you mean 'kubernetes'?");
    }

    @Test
    void aMissingFileIsAClearError() {
        assertThat(problems(List.of("nope.yaml"))).containsExactly("profile file 'nope.yaml' not found");
    }

    @Test
    void aProfileThatIsNotUtf8TextSaysSoInWords() throws IOException {
        Files.write(dir.resolve("binary.yaml"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, (byte) 0xff, 0, (byte) 0x80});
        Files.write(dir.resolve("latin1.yaml"), "namespace: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("utf16.yaml"), "extends: base\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        Files.write(dir.resolve("utf16le.yaml"), "\ufeffextends: base\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        assertThat(problems(List.of("binary.yaml"))).containsExactly("cannot read profile file 'binary.yaml': binary input (NUL bytes), not UTF-8 text");
        assertThat(problems(List.of("latin1.yaml"))).containsExactly("cannot read profile file 'latin1.yaml': not UTF-8 text");
        assertThat(problems(List.of("utf16.yaml"))).containsExactly(
                "cannot read profile file 'utf16.yaml': UTF-16 text, not UTF-8 (save it as UTF-8)");
        assertThat(problems(List.of("utf16le.yaml"))).containsExactly(
                "cannot read profile file 'utf16le.yaml': UTF-16 text, not UTF-8 (save it as UTF-8)");
    }

    @Test
    void everyMistakeInALayerIsReportedAtItsKeyOrValue() throws IOException {
        write("bad.yaml",
                "extends: openshift",
                "worker:",
                "  replicsa: 3",
                "  replicas: many",
                "platform:",
                "  name: opnshift",
                "broker:",
                "  externalNodePort: 80",
                "reports:",
                "  nodePort: abc");

        assertThat(problems(List.of("bad.yaml"))).containsExactly(
                "bad.yaml:3:3: worker.replicsa: unknown key; did you mean 'replicas'?",
                "bad.yaml:4:13: worker.replicas: expected integer, found string 'many'",
                "bad.yaml:6:9: platform.name: must be one of kubernetes, okd, openshift, found string 'opnshift'",
                "bad.yaml:8:21: broker.externalNodePort: must be from 30000 to 32767, found 80",
                "bad.yaml:10:13: reports.nodePort: expected integer or null, found string 'abc'");
    }

    @Test
    void anUnknownKeyFarFromAnyKnownOneListsTheKnownKeys() throws IOException {
        write("bad.yaml", "extends: base", "nodeAffinity:", "  colour: blue");

        assertThat(problems(List.of("bad.yaml"))).containsExactly(
                "bad.yaml:3:3: nodeAffinity.colour: unknown key; known keys here: key, mode, weight");
    }

    @Test
    void aRecursiveAliasIsRefusedWhereItsCollectionStartsNotAStackOverflow() throws IOException {
        write("loop.yaml", "extends: base", "worker: &w", "  env: [*w]");

        assertThat(problems(List.of("loop.yaml"))).containsExactly(
                "loop.yaml:2:9: an alias refers to a collection that contains it; the value would be infinite");
    }

    @Test
    void aDuplicateKeyIsRefusedWithBothLines() throws IOException {
        write("dup.yaml", "extends: base", "worker:", "  replicas: 1", "  replicas: 2");

        assertThat(problems(List.of("dup.yaml")))
                .containsExactly("dup.yaml:4:3: worker.replicas: duplicate key 'replicas' (first given at line 3)");
    }

    @Test
    void aYamlSyntaxErrorHasItsPosition() throws IOException {
        write("broken.yaml", "extends: base", "worker:", "  replicas: [1, 2");

        assertThat(problems(List.of("broken.yaml"))).singleElement().asString().matches("broken\\.yaml:\\d+:\\d+: invalid YAML: .*");
    }

    @Test
    void setValuesAreTypedAsYaml() {
        EffectiveProfile profile = load(List.of("kubernetes-mosquitto"),
                "worker.replicas=4", "inspector.enabled=false", "broker.externalNodePort=null",
                "reports.storage.className=fast", "reports.storage.size=\"30\"");

        assertThat(profile.get("worker.replicas")).isEqualTo(4);
        assertThat(profile.get("inspector.enabled")).isEqualTo(false);
        assertThat(profile.get("broker.externalNodePort")).isNull();
        assertThat(profile.get("reports.storage.className")).isEqualTo("fast");
        assertThat(profile.get("reports.storage.size")).isEqualTo("30");
        assertThat(profile.origins().get("worker.replicas")).isEqualTo(SourcePosition.of("--set worker.replicas=4"));
        assertThat(profile.layers()).endsWith("kubernetes-mosquitto", "--set");
    }

    @Test
    void setSelectsListItemsByNameCreatingThemWhenMissing() throws IOException {
        write("mine.yaml", "extends: base", "worker:", "  env: [{name: A, value: one}]");
        EffectiveProfile profile = load(List.of("mine.yaml"), "worker.env[A].value=uno", "worker.env[JAVA_OPTS].value=-Xmx1g");

        assertThat(profile.get("worker.env")).isEqualTo(List.of(
                Map.of("name", "A", "value", "uno"), Map.of("name", "JAVA_OPTS", "value", "-Xmx1g")));
        assertThat(profile.origins().get("worker.env[JAVA_OPTS].value"))
                .isEqualTo(SourcePosition.of("--set worker.env[JAVA_OPTS].value=-Xmx1g"));
    }

    @Test
    void badSetSyntaxIsAUserError() {
        assertThat(problems(List.of("base"), "worker.replicas", "worker..x=1", "worker.env[X]=1", "worker.env[]=1"))
                .containsExactly(
                        "--set worker.replicas: expected KEY=VALUE, e.g. worker.replicas=4",
                        "--set worker..x=1: empty key in 'worker..x'",
                        "--set worker.env[X]=1: name a key of the item, e.g. worker.env[X].value",
                        "--set worker.env[]=1: a list item is selected by name: KEY[NAME]");
    }

    @Test
    void aFloatJsonCannotHoldIsRefusedNotACrash() {
        assertThat(problems(List.of("base"), "worker.replicas=.inf", "reports.nodePort=.nan")).containsExactly(
                "--set reports.nodePort=.nan: reports.nodePort: expected a finite number, found NaN",
                "--set worker.replicas=.inf: worker.replicas: expected a finite number, found Infinity");
    }

    @Test
    void aBadSetValueOrKeyIsReportedAgainstTheSet() {
        assertThat(problems(List.of("base"), "worker.replicas=many", "worker.replicsa=3")).containsExactly(
                "--set worker.replicas=many: worker.replicas: expected integer, found string 'many'",
                "--set worker.replicsa=3: worker.replicsa: unknown key; did you mean 'replicas'?");
    }

    @Test
    void aProfileThatDoesNotExtendBaseMustStillDefineEveryKey() throws IOException {
        write("alone.yaml", "namespace: x", "worker: {replicas: 1}");

        assertThat(problems(List.of("alone.yaml")))
                .contains("the merged profile has no 'platform' (every key of the built-in 'base' profile is needed:"
                        + " extend 'base' or set it)")
                .contains("the merged profile has no 'worker.role' (every key of the built-in 'base' profile is needed:"
                        + " extend 'base' or set it)")
                .noneMatch(p -> p.contains("'namespace'"));
    }

    @Test
    void noProfileIsAUserError() {
        assertThat(problems(List.of())).singleElement().asString().startsWith("give at least one --profile");
    }

    @Test
    void aNonMappingProfileIsRefused() throws IOException {
        write("list.yaml", "- a", "- b");

        assertThatThrownBy(() -> load(List.of("list.yaml"))).isInstanceOf(UserException.class)
                .hasMessage("list.yaml:1:1: a profile must be a YAML mapping of keys");
    }

    @Test
    void valuesOutOfRangeOrFormAreExplainedInWords() {
        assertThat(problems(List.of("base"), "reports.nodePort=40000", "reports.host=Bad_Host", "worker.replicas=-1",
                "namespace=" + "n".repeat(72)))
                .containsExactlyInAnyOrder(
                        "--set reports.nodePort=40000: reports.nodePort: must be from 30000 to 32767, found 40000",
                        "--set reports.host=Bad_Host: reports.host: must be a DNS name: lower-case letters, digits, '-'"
                                + " and '.', starting and ending with a letter or digit, found string 'Bad_Host'",
                        "--set worker.replicas=-1: worker.replicas: must be from 0 to 2147483647, found -1",
                        "--set namespace=" + "n".repeat(72) + ": namespace: is 72 characters long, at most 63 allowed");
    }

    @Test
    void integersBeyondTheirFieldsRangeAreRefusedWhereTheyAreWrittenNeverWrapped() throws IOException {
        write("big.yaml",
                "extends: base",
                "worker:",
                "  replicas: 9223372036854775808",
                "platform:",
                "  runAsUser: 4294967296",
                "exporter:",
                "  port: 65536");

        assertThat(problems(List.of("big.yaml"))).containsExactly(
                "big.yaml:3:13: worker.replicas: must be from 0 to 2147483647, found 9223372036854775808",
                "big.yaml:5:14: platform.runAsUser: must be from 0 to 2147483647, found 4294967296",
                "big.yaml:7:9: exporter.port: must be from 1 to 65535, found 65536");
        assertThat(problems(List.of("base"), "platform.runAsUser=4294967296", "platform.fsGroup=4294967296",
                "worker.replicas=2147483648", "nodeAffinity.weight=101", "client.ttlSecondsAfterFinished=2147483648"))
                .containsExactlyInAnyOrder(
                        "--set platform.runAsUser=4294967296: platform.runAsUser: must be from 0 to 2147483647, found 4294967296",
                        "--set platform.fsGroup=4294967296: platform.fsGroup: must be from 0 to 2147483647, found 4294967296",
                        "--set worker.replicas=2147483648: worker.replicas: must be from 0 to 2147483647, found 2147483648",
                        "--set nodeAffinity.weight=101: nodeAffinity.weight: must be from 1 to 100, found 101",
                        "--set client.ttlSecondsAfterFinished=2147483648: client.ttlSecondsAfterFinished:"
                                + " must be from 0 to 2147483647, found 2147483648");
        assertThat(load(List.of("base"), "worker.replicas=2147483647", "platform.runAsUser=2147483647")
                .get("platform.runAsUser")).isEqualTo(2147483647);
    }

    @Test
    void everyPatternOfTheSchemaSaysInWordsWhatItAllows() {
        assertThat(problems(List.of("base"), "namespace=Foo", "broker.role=a_", "nodeAffinity.key=Bad Key",
                "images.worker=a b", "security.dropCapabilities=[all]", "reports.storage.size=lots")).containsExactlyInAnyOrder(
                "--set namespace=Foo: namespace: must be a DNS label: lower-case letters, digits and '-', starting and"
                        + " ending with a letter or digit, found string 'Foo'",
                "--set broker.role=a_: broker.role: must be a label value: letters, digits, '-', '_' and '.', starting"
                        + " and ending with a letter or digit, found string 'a_'",
                "--set nodeAffinity.key=Bad Key: nodeAffinity.key: must be a label key: an optional DNS prefix and '/',"
                        + " then letters, digits, '-', '_' and '.', starting and ending with a letter or digit,"
                        + " found string 'Bad Key'",
                "--set images.worker=a b: images.worker: must be an image reference without spaces, found string 'a b'",
                "--set security.dropCapabilities=[all]: security.dropCapabilities[0]: must be a capability name in"
                        + " capitals such as NET_RAW or ALL, found string 'all'",
                "--set reports.storage.size=lots: reports.storage.size: must be a quantity such as 30Gi, 500Mi or 0.5,"
                        + " found string 'lots'");
        assertThat(problems(List.of("base"), "worker.resources.limits.cpu=-1")).containsExactly(
                "--set worker.resources.limits.cpu=-1: worker.resources.limits.cpu: must be at least 0, found -1");
    }

    @Test
    void envItemsTakeAValueOrAKubernetesValueSourceAndNamesAreUnique() throws IOException {
        write("env.yaml",
                "extends: base",
                "worker:",
                "  env:",
                "    - {name: POD, valueFrom: {fieldRef: {fieldPath: metadata.name}}}",
                "    - {name: BAD, valueFrom: {fieldRef: {path: x}}}",
                "agent:",
                "  env: [{name: A, value: x}, {name: A, value: y}]");

        assertThat(problems(List.of("env.yaml"))).containsExactly("env.yaml:7:30: agent.env: two items named 'A'");
        write("env.yaml", "extends: base", "worker:", "  env:", "    - {name: BAD, valueFrom: {fieldRef: {path: x}}}");
        assertThat(problems(List.of("env.yaml"))).containsExactly(
                "env.yaml:4:41: worker.env[BAD].valueFrom.fieldRef: missing key 'fieldPath'",
                "env.yaml:4:42: worker.env[BAD].valueFrom.fieldRef.path: unknown key; known keys here: apiVersion, fieldPath");
    }

    @Test
    void setCannotPickAnItemByNameFromAListWithoutNames() {
        assertThat(problems(List.of("base"), "security.dropCapabilities[ALL].x=1")).containsExactly(
                "--set security.dropCapabilities[ALL].x=1: security.dropCapabilities is not a list of named items;"
                        + " set the whole list, e.g. security.dropCapabilities=[a, b]");
    }
}
