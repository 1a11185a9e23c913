/**
 * What every CSV file the platform writes has in common: cells that a spreadsheet would run as a
 * formula are neutralised ({@link nl.uitzicht.csv.CsvCell}).
 */
@ApplicationModule(
        displayName = "CSV cells",
        allowedDependencies = {})
@NullMarked
package nl.uitzicht.csv;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
