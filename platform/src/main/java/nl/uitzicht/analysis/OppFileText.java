package nl.uitzicht.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import nl.uitzicht.validation.InvalidInput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of an OPP file written elsewhere, keeping the structure a rater needs: a heading on a line of its own
 * after an empty line, a table row as one line with its cells between {@code |}, the page header first. A PDF's
 * lines come in reading order (a table laid out in columns gives a line per row). Refused, with a message that
 * says what to do, when the file is too large, not a PDF or DOCX, password-protected, damaged, too long, or
 * has no text (a scan).
 */
final class OppFileText {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PAGES = 60;
    static final int MAX_CHARS = 200_000;
    /** Fewer letters than this in the whole file: a scan without a text layer, not a written plan. */
    static final int MIN_LETTERS = 40;

    private OppFileText() {}

    record Extracted(OppFileKind kind, String text) {}

    static Extracted read(byte[] content) {
        if (content.length == 0) {
            throw new InvalidInput("file", "analysis.upload.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("file", "analysis.upload.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        OppFileKind kind = OppFileKind.of(content);
        String raw = kind == OppFileKind.PDF ? pdf(content) : docx(content);
        String text = tidy(raw);
        if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            throw new InvalidInput("file", "analysis.upload.error.noText");
        }
        if (text.length() > MAX_CHARS) {
            throw new InvalidInput("file", "analysis.upload.error.tooLong");
        }
        return new Extracted(kind, text);
    }

    private static String pdf(byte[] content) {
        try (PDDocument doc = Loader.loadPDF(content)) {
            if (doc.getNumberOfPages() == 0) {
                throw new InvalidInput("file", "analysis.upload.error.damaged");
            }
            if (doc.getNumberOfPages() > MAX_PAGES) {
                throw new InvalidInput("file", "analysis.upload.error.tooManyPages", MAX_PAGES);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            return stripper.getText(doc);
        } catch (InvalidPasswordException e) {
            throw new InvalidInput("file", "analysis.upload.error.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw new InvalidInput("file", "analysis.upload.error.damaged");
        }
    }

    private static String docx(byte[] content) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder out = new StringBuilder();
            for (XWPFHeaderFooter header : doc.getHeaderList()) {
                body(doc, header.getBodyElements(), out);
            }
            out.append('\n');
            body(doc, doc.getBodyElements(), out);
            out.append('\n');
            for (XWPFHeaderFooter footer : doc.getFooterList()) {
                body(doc, footer.getBodyElements(), out);
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            // not an Office Open XML document after all, or a damaged one (POI also refuses zip bombs here)
            throw new InvalidInput("file", "analysis.upload.error.damaged");
        }
    }

    private static void body(XWPFDocument doc, List<IBodyElement> elements, StringBuilder out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                String text = p.getText().strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (heading(doc, p)) {
                    out.append('\n').append(text).append('\n');
                } else {
                    out.append(text).append('\n');
                }
            } else if (element instanceof XWPFTable table) {
                out.append('\n');
                for (XWPFTableRow row : table.getRows()) {
                    StringBuilder line = new StringBuilder();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        if (!line.isEmpty()) {
                            line.append(" | ");
                        }
                        line.append(cell.getText().replaceAll("\\s+", " ").strip());
                    }
                    if (!line.toString().replace("|", "").isBlank()) {
                        out.append(line).append('\n');
                    }
                }
                out.append('\n');
            } else if (element instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText().strip()).append('\n');
            }
        }
    }

    private static boolean heading(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return false;
        }
        @org.jspecify.annotations.Nullable
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String name = style == null || style.getName() == null ? id : style.getName();
        String lower = (id + " " + name).toLowerCase(java.util.Locale.ROOT);
        return lower.contains("heading") || lower.contains("kop") || lower.contains("title") || lower.contains("titel");
    }

    /** One newline style, no trailing spaces, at most one empty line in a row. */
    static String tidy(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        StringBuilder out = new StringBuilder();
        int empty = 0;
        for (String line : text.split("\n", -1)) {
            String clean = line.stripTrailing();
            if (clean.isBlank()) {
                empty++;
                continue;
            }
            if (!out.isEmpty() && empty > 0) {
                out.append('\n');
            }
            empty = 0;
            out.append(clean).append('\n');
        }
        return out.toString().strip();
    }
}
