/**
 * Printable documents: XHTML rendered to PDF (openhtmltopdf on PDFBox), shared by the OPP document and
 * the region dashboard report.
 */
@ApplicationModule(
        displayName = "PDF documents",
        allowedDependencies = {})
@NullMarked
package nl.uitzicht.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
