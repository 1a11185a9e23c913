package nl.uitzicht.school;

import nl.uitzicht.tenancy.Sector;

/** School types as DUO names them, each in the sector it belongs to. */
public enum SchoolType {
    BAO(Sector.PO),
    SBO(Sector.PO),
    SO(Sector.PO),
    VSO(Sector.VO),
    VO(Sector.VO),
    PRO(Sector.VO);

    private final Sector sector;

    SchoolType(Sector sector) {
        this.sector = sector;
    }

    public Sector sector() {
        return sector;
    }
}
