package example;

import java.util.List;

import org.maestroperf.deploy.pipeline.CheckedBundle;
import org.maestroperf.deploy.pipeline.GenerationRequest;
import org.maestroperf.deploy.pipeline.Pipeline;
import org.maestroperf.deploy.validator.ValidationOptions;
import org.maestroperf.deploy.validator.Validator;
import org.maestroperf.deploy.validator.report.Report;

/** Renders a bundle in memory, then validates a folder, through the library alone. */
public final class Main {
    public static void main(String[] args) throws Exception {
        CheckedBundle bundle = Pipeline.render(GenerationRequest.of("kubernetes-mosquitto").withSet("worker.replicas", 5));
        System.out.println("rendered " + bundle.bundle().bundled().size() + " objects, valid: " + bundle.valid());
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("manifests");
        java.nio.file.Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {k: v}\n");
        Report report = new Validator(ValidationOptions.defaults()).validateFiles(List.of(dir));
        System.out.println("validated: " + report.summary());
    }
}
