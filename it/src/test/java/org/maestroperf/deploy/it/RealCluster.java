package org.maestroperf.deploy.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that runs against the real cluster named by {@code MAESTRO_IT_KUBECONFIG}
 * (context {@code MAESTRO_IT_CONTEXT}, else the current one). Without it the class is skipped and
 * says why once; with {@code -Dmaestro.it.required=true} (as in {@code .ci/run}) it runs regardless,
 * so a missing server fails the stage instead of skipping it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RealCluster.Condition.class)
public @interface RealCluster {

    String KUBECONFIG_VARIABLE = "MAESTRO_IT_KUBECONFIG";
    String CONTEXT_VARIABLE = "MAESTRO_IT_CONTEXT";
    String REQUIRED_PROPERTY = "maestro.it.required";

    /** Where the real cluster is, from the environment. */
    final class Settings {

        private Settings() {
        }

        /** The kubeconfig to use; fails when the suite is required but none was named. */
        static Path kubeconfig() {
            String value = System.getenv(KUBECONFIG_VARIABLE);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(KUBECONFIG_VARIABLE + " is unset, but -D" + REQUIRED_PROPERTY
                        + "=true asks for the real-cluster suite (it/real-apiserver/start makes a server)");
            }
            return Path.of(value);
        }

        /** The kubeconfig context to use, or null for the current one. */
        static String context() {
            String value = System.getenv(CONTEXT_VARIABLE);
            return value == null || value.isBlank() ? null : value;
        }
    }

    /** Enables the class when a kubeconfig is named or the suite is required. */
    final class Condition implements ExecutionCondition {

        private static final AtomicBoolean TOLD = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String kubeconfig = System.getenv(KUBECONFIG_VARIABLE);
            if (kubeconfig != null && !kubeconfig.isBlank()) {
                return ConditionEvaluationResult.enabled("real cluster from " + kubeconfig);
            }
            if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
                return ConditionEvaluationResult.enabled("required by -D" + REQUIRED_PROPERTY);
            }
            String reason = KUBECONFIG_VARIABLE + " is unset: the real-cluster suite is skipped"
                    + " (it/real-apiserver/start makes a server; see docs/runner.md)";
            if (TOLD.compareAndSet(false, true)) {
                System.out.println("[real-cluster] " + reason);
            }
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
