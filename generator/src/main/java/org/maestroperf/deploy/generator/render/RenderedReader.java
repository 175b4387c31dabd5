package org.maestroperf.deploy.generator.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.maestroperf.deploy.diag.UserException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a rendered document back before anything is written: it must be exactly one YAML mapping
 * with apiVersion, kind and metadata.name, and must read into the fabric8 model.
 */
public final class RenderedReader {

    private final KubernetesSerialization serialization = new KubernetesSerialization();

    /** The rendered text as a fabric8 object, or a UserException naming the template. */
    public HasMetadata read(String origin, String yaml) {
        List<Object> documents = new ArrayList<>();
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            new Yaml(options).loadAll(yaml).forEach(documents::add);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new UserException(origin + ": rendered invalid YAML (line " + line + " of its output): "
                    + e.getProblem());
        }
        if (documents.size() != 1 || !(documents.get(0) instanceof Map<?, ?> document)) {
            throw new UserException(origin + ": must render exactly one YAML mapping, rendered "
                    + documents.size() + " document(s)");
        }
        if (!(document.get("metadata") instanceof Map<?, ?> metadata) || metadata.get("name") == null
                || document.get("apiVersion") == null || document.get("kind") == null) {
            throw new UserException(origin + ": rendered an object without apiVersion, kind or metadata.name");
        }
        try {
            return serialization.unmarshal(yaml, HasMetadata.class);
        } catch (RuntimeException e) {
            throw new UserException(origin + ": rendered an object the Kubernetes model cannot read: " + e.getMessage());
        }
    }
}
