/** Importing a region's schools from DUO open data (scholen per samenwerkingsverband + alle vestigingen). */
@NullMarked
package nl.uitzicht.duoimport;

import org.jspecify.annotations.NullMarked;
