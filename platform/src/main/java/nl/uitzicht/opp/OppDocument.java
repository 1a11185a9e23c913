package nl.uitzicht.opp;

/** The OPP as a PDF for parents, with its number of A4 pages (the handout's limit is 5). */
public record OppDocument(byte[] pdf, int pages, String fileName) {

    public static final int MAX_PAGES = 5;

    public boolean tooLong() {
        return pages > MAX_PAGES;
    }
}
