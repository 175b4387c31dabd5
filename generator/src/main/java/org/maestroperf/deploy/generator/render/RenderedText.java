package org.maestroperf.deploy.generator.render;

import org.maestroperf.deploy.diag.UserException;

/**
 * One planned object's rendered text, or the error its template raised.
 *
 * @param planned the object it renders
 * @param yaml    the rendered document ending in a newline, or null when the template failed
 * @param error   the template's error, or null
 */
public record RenderedText(PlannedObject planned, String yaml, UserException error) {
}
