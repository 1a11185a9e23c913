package nl.uitzicht.tenancy;

/** Primary (PO) or secondary (VO) education: every region belongs to one. */
public enum Sector {
    PO,
    VO
}
