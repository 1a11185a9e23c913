package nl.uitzicht.analysis;

import nl.uitzicht.validation.InvalidInput;

/**
 * The kinds of file an OPP written elsewhere may be uploaded as, told by the file's first bytes (its magic
 * number), never by its name or the type the browser claims.
 */
public enum OppFileKind {
    PDF,
    DOCX;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** The compound file of old Word documents and of password-protected Office files. */
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1};

    /** The kind of this file; refused with a clear message when it is neither a PDF nor a DOCX. */
    static OppFileKind of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return DOCX;
        }
        if (startsWith(content, OLE2_MAGIC)) {
            throw new InvalidInput("file", "analysis.upload.error.oldOrEncrypted");
        }
        throw new InvalidInput("file", "analysis.upload.error.type");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
