/**
 * The small UI kit every view uses instead of repeating itself: notifications ({@link nl.uitzicht.ui.kit.Notices}),
 * input errors at their fields ({@link nl.uitzicht.ui.kit.InputErrors}), date pickers in the chosen language
 * ({@link nl.uitzicht.ui.kit.DatePickers}) numbers in the chosen language
 * ({@link nl.uitzicht.ui.kit.Numbers}) and muted page texts ({@link nl.uitzicht.ui.kit.PageText}).
 */
@NullMarked
package nl.uitzicht.ui.kit;

import org.jspecify.annotations.NullMarked;
