package org.gdlab.sweep;

/**
 * One setting at one value, in its command-line form: a base field of a sweep, or one axis's
 * value at a point.
 *
 * @param setting the setting
 * @param value its value as {@code gdlab train}'s flag takes it
 */
public record Assignment(Setting setting, String value) {
}
