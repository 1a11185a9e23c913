package nl.uitzicht.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * OPPs as schools write them in other systems, made in the test: a DOCX from a Word template (a page header with
 * the pupil's name, headings, a table of personal details) and a PDF with a table-like layout in columns, a
 * scanned page (an image, no text layer) and a password-protected PDF. Fictional people only.
 */
public final class UploadFixtures {

    /** The DOCX's people and details, which masking must take out. */
    public static final List<String> DOCX_IDENTIFIERS = List.of(
            "Sam",
            "Jansen",
            "Petra",
            "Mark",
            "Karin",
            "de Vries",
            "12-03-2015",
            "Kerkstraat 12",
            "1234 AB",
            "06-12345678",
            "petra.jansen@example.nl",
            "123456782",
            "4 maart 2025");

    /** The PDF's people and details, which masking must take out. */
    public static final List<String> PDF_IDENTIFIERS = List.of(
            "Noor",
            "Bakker",
            "Ahmed",
            "7 juni 2014",
            "Dorpsstraat 5",
            "3701 CD",
            "Zeist",
            "030-1234567",
            "Jeroen",
            "Smit");

    private UploadFixtures() {}

    /** An OPP in Word: header, headings, a table with the pupil's details, prose that names them again. */
    public static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles();
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("Basisschool De Linde - OPP Sam Jansen - vertrouwelijk");
            heading(doc, "Ontwikkelingsperspectiefplan");
            XWPFTable table = doc.createTable(8, 2);
            String[][] rows = {
                {"Naam leerling", "Sam Jansen"},
                {"Geboortedatum", "12-03-2015"},
                {"Adres", "Kerkstraat 12, 1234 AB Utrecht"},
                {"Ouders", "Petra Jansen en Mark Jansen"},
                {"Telefoon", "06-12345678"},
                {"E-mail ouders", "petra.jansen@example.nl"},
                {"Mentor", "Karin de Vries"},
                {"BSN", "123456782"}
            };
            for (int r = 0; r < rows.length; r++) {
                XWPFTableRow row = table.getRow(r);
                row.getCell(0).setText(rows[r][0]);
                row.getCell(1).setText(rows[r][1]);
            }
            heading(doc, "Belemmerende en bevorderende factoren");
            paragraph(doc, "Sam leest op AVI-niveau E4 en raakt snel afgeleid in de klas.");
            paragraph(doc, "Bevorderend: Sam is gemotiveerd en juf Karin ziet dat hij goed samenwerkt.");
            heading(doc, "Uitstroomperspectief");
            paragraph(doc, "Vmbo-kader. Onderbouwing: de leesachterstand en de motivatie wegen samen zwaar.");
            heading(doc, "Handelingsdeel");
            XWPFTable goals = doc.createTable(3, 3);
            String[][] goalRows = {
                {"Doel", "Aanpak", "Wie"},
                {"Leest AVI M6 in juni", "Dagelijks RALFI-lezen", "Leerkracht"},
                {"Werkt 20 minuten zelfstandig", "Time-timer en planbord", "Leerkracht en ouders"}
            };
            for (int r = 0; r < goalRows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    goals.getRow(r).getCell(c).setText(goalRows[r][c]);
                }
            }
            paragraph(
                    doc,
                    "Besproken met moeder Petra Jansen op 4 maart 2025; ouders stemmen in met het handelingsdeel.");
            paragraph(doc, "Beste Petra, hierbij het plan zoals besproken.");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading1");
        p.createRun().setText(text);
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    /** An OPP as a PDF: labels and values in two columns, a goals table in three columns, then prose. */
    public static byte[] pdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float y = 780;
                text(s, bold, 16, 50, y, "Ontwikkelingsperspectiefplan");
                y -= 30;
                String[][] details = {
                    {"Naam leerling:", "Noor Bakker"},
                    {"Geboortedatum:", "7 juni 2014"},
                    {"Adres:", "Dorpsstraat 5, 3701 CD Zeist"},
                    {"Ouder:", "Ahmed Bakker"},
                    {"Telefoon:", "030-1234567"},
                    {"Intern begeleider:", "Jeroen Smit"}
                };
                for (String[] row : details) {
                    text(s, font, 11, 50, y, row[0]);
                    text(s, font, 11, 200, y, row[1]);
                    y -= 16;
                }
                y -= 14;
                text(s, bold, 13, 50, y, "Handelingsdeel");
                y -= 20;
                String[][] goals = {
                    {"Doel", "Aanpak", "Wie"},
                    {"Rekent tot 100", "Dagelijks oefenen", "Leerkracht"},
                    {"Vraagt hulp", "Stoplichtkaart", "Noor zelf"}
                };
                for (String[] row : goals) {
                    text(s, font, 11, 50, y, row[0]);
                    text(s, font, 11, 220, y, row[1]);
                    text(s, font, 11, 400, y, row[2]);
                    y -= 16;
                }
                y -= 14;
                text(s, font, 11, 50, y, "Noor heeft moeite met rekenen; Noor werkt graag samen.");
                y -= 16;
                text(s, font, 11, 50, y, "Uitstroomperspectief: vmbo-basis, onderbouwd vanuit de factoren.");
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned page: only an image, no text layer. */
    public static byte[] scannedPdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 400, 300);
            g.setColor(Color.BLACK);
            g.drawString("Naam leerling: Sam Jansen", 20, 40);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.drawImage(image, 50, 400, 400, 300);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF above, locked with a password to open it. */
    public static byte[] passwordPdf() {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf())) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("eigenaar", "geheim", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
