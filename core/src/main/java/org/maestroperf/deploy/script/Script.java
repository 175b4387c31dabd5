package org.maestroperf.deploy.script;

import java.util.List;

/**
 * A Groovy test script the client can run, with the environment variables it reads.
 *
 * @param name     the name test cases use ({@code FixedRateTest})
 * @param path     where the client container finds it
 * @param required variables the script exits on when unset
 * @param optional variables it reads when set; empty with {@code known == false} for custom scripts
 * @param known    whether its variables are known, i.e. it is one of the image's singlepoint scripts
 */
public record Script(String name, String path, List<String> required, List<String> optional, boolean known) {

    /** How the script reads a variable: the catalog's form for the image's scripts, text for custom ones. */
    public ParameterType typeOf(String variable) {
        return known ? ScriptCatalog.typeOf(variable) : ParameterType.STRING;
    }

    /** Whether the script reads this variable; a custom script may read anything. */
    public boolean reads(String variable) {
        return !known || required.contains(variable) || optional.contains(variable);
    }
}
