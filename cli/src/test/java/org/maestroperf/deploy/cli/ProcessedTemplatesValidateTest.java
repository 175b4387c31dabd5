package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A published Template, processed with its defaults or with other values, gives objects that validate. */
class ProcessedTemplatesValidateTest {

    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        return MaestroDeploy.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @ParameterizedTest
    @ValueSource(strings = {"okd-mosquitto", "okd-activemq", "openshift-mosquitto", "openshift-activemq"})
    void processedOutputPassesTheValidator(String combination) {
        String template = Path.of("..", "output", "templates", combination + ".yaml").toString();
        for (String[] params : new String[][] {{}, {"-p", "WORKER_REPLICAS=7", "-p", "REPORTS_HOST=maestro.apps.example.com",
                "-p", "REPORTS_STORAGE_CLASS=fast", "-p", "NODE_ROLE_KEY=lab/role", "-p", "BROKER_NODE_PORT=30883"}}) {
            Path objects = dir.resolve(combination + params.length);
            String[] args = new String[params.length + 4];
            args[0] = "process";
            args[1] = template;
            args[2] = "--output-dir";
            args[3] = objects.toString();
            System.arraycopy(params, 0, args, 4, params.length);
            StringWriter err = new StringWriter();
            assertThat(run(new StringWriter(), err, args)).as(err.toString()).isEqualTo(ExitCode.OK);

            StringWriter out = new StringWriter();
            err = new StringWriter();
            assertThat(run(out, err, "validate", objects.toString())).as(out + err.toString()).isEqualTo(ExitCode.OK);
            assertThat(out.toString()).contains(": 0 errors, 0 warnings");
        }
    }
}
