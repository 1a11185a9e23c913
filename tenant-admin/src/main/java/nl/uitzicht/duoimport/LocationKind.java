package nl.uitzicht.duoimport;

import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.Sector;

/**
 * The kinds of school DUO publishes a locations file for ("alle vestigingen" per kind). A file
 * without a kind-of-school column takes its schools' type from this: the administrator says which
 * kind each such file is, or the DUO address it was fetched from does; it is never guessed.
 */
public enum LocationKind {
    BAO,
    SBO,
    SO_VSO,
    VO;

    /** The school type of a row in a file of this kind; (v)so is so in a PO region and vso in a VO region. */
    public SchoolType schoolType(Sector sector) {
        return switch (this) {
            case BAO -> SchoolType.BAO;
            case SBO -> SchoolType.SBO;
            case SO_VSO -> sector == Sector.VO ? SchoolType.VSO : SchoolType.SO;
            case VO -> SchoolType.VO;
        };
    }
}
