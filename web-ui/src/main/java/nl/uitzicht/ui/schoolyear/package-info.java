/** The region admin's school-year screen: the rollover day, the retention term, and both dry runs and runs. */
@NullMarked
package nl.uitzicht.ui.schoolyear;

import org.jspecify.annotations.NullMarked;
