package nl.uitzicht.school;

/** Where a school came from: DUO's open data (an import) or the region's administrator by hand. */
public enum SchoolSource {
    DUO,
    MANUAL
}
