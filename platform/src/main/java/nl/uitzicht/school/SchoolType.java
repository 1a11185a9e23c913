package nl.uitzicht.school;

/** School types as DUO names them. */
public enum SchoolType {
    BAO, SBO, SO, VSO, VO, PRO
}
