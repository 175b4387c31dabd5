package org.maestroperf.deploy.openshift;

import java.util.List;

/**
 * A field of a Template object that a parameter owns: processing the Template with another value for
 * the parameter changes this field and nothing else.
 *
 * @param parameter the parameter's name
 * @param object    index into the Template's objects
 * @param kind      that object's kind
 * @param name      that object's metadata.name
 * @param path      keys and list indexes from the object's root to the field
 */
public record OwnedField(String parameter, int object, String kind, String name, List<Object> path) {
}
