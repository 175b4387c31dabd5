package org.maestroperf.deploy.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A value the user picks from a fixed set (an output format, a severity), spelt in lower case. */
public final class Choices {

    private Choices() {
    }

    /**
     * The constant named {@code value}, in any case.
     *
     * @param type   the set of choices
     * @param value  what the user wrote
     * @param option where it was written, for the message ({@code --fail-on}, {@code failOn})
     * @param <E>    the type of the choices
     * @return the constant
     * @throws UserException naming every choice, and the closest one, when there is no such constant
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            names.add(c.name().toLowerCase(Locale.ROOT));
            if (c.name().equalsIgnoreCase(value.trim())) {
                return c;
            }
        }
        throw new UserException(option + ": '" + value + "' is not one of " + String.join(", ", names)
                + Suggestions.didYouMean(value.trim().toLowerCase(Locale.ROOT), names));
    }
}
