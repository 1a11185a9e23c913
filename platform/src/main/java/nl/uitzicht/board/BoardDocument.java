package nl.uitzicht.board;

/** The board report as a PDF: its bytes, its file name and how many A4 pages it has. */
public record BoardDocument(byte[] pdf, String fileName, int pages) {}
