package org.gdlab.sweep;

import java.util.List;
import org.gdlab.core.validate.Check;

/**
 * One axis of a sweep: a setting and the values it takes, in order.
 *
 * @param setting the setting
 * @param values its values in their command-line form, at least one, no value twice
 */
public record Axis(Setting setting, List<String> values) {
    /**
     * Checks that there is a value and none is repeated.
     *
     * @param setting the setting this axis varies
     * @param values its values in command-line form; copied, at least one, none twice
     */
    public Axis {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw Check.invalid("axis " + setting.label(), "[]", "an axis needs at least one value");
        }
        if (values.stream().distinct().count() < values.size()) {
            throw Check.invalid("axis " + setting.label(), values, "a value may appear once");
        }
    }
}
