/**
 * The small UI kit every view uses instead of repeating itself: notifications ({@link nl.uitzicht.ui.kit.Notices}),
 * input errors at their fields ({@link nl.uitzicht.ui.kit.InputErrors}), date pickers and numbers in the chosen
 * language ({@link nl.uitzicht.ui.kit.DatePickers}, {@link nl.uitzicht.ui.kit.Numbers}), muted page texts
 * ({@link nl.uitzicht.ui.kit.PageText}), the destructive confirmation ({@link nl.uitzicht.ui.kit.Confirm}), and the
 * button every save uses ({@link nl.uitzicht.ui.kit.SaveButton}) with a form's attempt id
 * ({@link nl.uitzicht.ui.kit.Attempt}); the question before typed text is lost, on leaving, reloading or closing a
 * dialog ({@link nl.uitzicht.ui.kit.UnsavedChanges}; ADR 0108); read-only tables and text as escaped markup of one element
 * ({@link nl.uitzicht.ui.kit.DataTable}, {@link nl.uitzicht.ui.kit.Latin1Html}; ADR 0090).
 */
@NullMarked
package nl.uitzicht.ui.kit;

import org.jspecify.annotations.NullMarked;
