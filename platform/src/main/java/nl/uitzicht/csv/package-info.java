/**
 * What every CSV file the platform writes has in common: cells that a spreadsheet would run as a
 * formula are neutralised ({@link nl.uitzicht.csv.CsvCell}).
 */
@NullMarked
package nl.uitzicht.csv;

import org.jspecify.annotations.NullMarked;
