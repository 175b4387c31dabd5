package org.maestroperf.deploy.openshift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter a published Template offers, and the fields it owns.
 *
 * @param name         the parameter name ({@code WORKER_REPLICAS})
 * @param displayName  its label in the web console
 * @param description  what it does, shown in the console and by {@code oc process --parameters}
 * @param required     whether instantiation needs a non-empty value
 * @param typed        true: fields get {@code ${{NAME}}} and the value is read as JSON; false: {@code ${NAME}} text
 * @param value        the default, from the profile (JSON text for a typed parameter)
 * @param claims       where its fields are
 */
record CatalogParameter(String name, String displayName, String description, boolean required, boolean typed,
                               String value, List<FieldClaim> claims) {

    /** The reference written into an owned field. */
    public String reference() {
        return typed ? ParameterRefs.whole(name) : ParameterRefs.text(name);
    }

    /** The Template's parameter entry. */
    public Map<String, Object> entry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("displayName", displayName);
        entry.put("description", description);
        entry.put("value", value);
        entry.put("required", required);
        return entry;
    }
}
