/**
 * The small UI kit every view uses instead of repeating itself: notifications ({@link nl.uitzicht.ui.kit.Notices}),
 * input errors at their fields ({@link nl.uitzicht.ui.kit.InputErrors}), date pickers in the chosen language
 * ({@link nl.uitzicht.ui.kit.DatePickers}) and page headers ({@link nl.uitzicht.ui.kit.PageHeader}).
 */
@NullMarked
package nl.uitzicht.ui.kit;

import org.jspecify.annotations.NullMarked;
