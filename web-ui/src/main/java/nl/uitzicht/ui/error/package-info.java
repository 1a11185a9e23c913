/**
 * Error pages: Vaadin's error views (not found, no access, anything else) in the app's layout, and the
 * page for requests outside Vaadin. Dutch first, no route lists, no stack traces, in every mode.
 */
@NullMarked
package nl.uitzicht.ui.error;

import org.jspecify.annotations.NullMarked;
