/** The one clock of the application: every "now" comes from the {@link java.time.Clock} bean defined here. */
@NullMarked
package nl.uitzicht.time;

import org.jspecify.annotations.NullMarked;
