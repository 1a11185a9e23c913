package nl.uitzicht.duoimport;

import java.util.Locale;
import java.util.Optional;
import nl.uitzicht.school.SchoolType;

/** DUO's ways of writing the kind of school ("Speciaal basisonderwijs", "SBO", "VMBO/HAVO", "PRO"). */
final class DuoSchoolTypes {

    private DuoSchoolTypes() {}

    static Optional<SchoolType> parse(String raw) {
        String v = raw.trim().toUpperCase(Locale.ROOT);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        for (SchoolType type : SchoolType.values()) {
            if (type.name().equals(v)) {
                return Optional.of(type);
            }
        }
        if (v.contains("PRAKTIJK") || v.equals("PRO") || v.equals("PRO/VSO")) {
            return Optional.of(SchoolType.PRO);
        }
        if (v.contains("VOORTGEZET SPECIAAL") || v.contains("VSO")) {
            return Optional.of(SchoolType.VSO);
        }
        if (v.contains("SPECIAAL BASIS") || v.equals("SBAS") || v.equals("SBAO")) {
            return Optional.of(SchoolType.SBO);
        }
        if (v.contains("SPECIAAL ONDERWIJS") || v.equals("(V)SO")) {
            return Optional.of(SchoolType.SO);
        }
        if (v.contains("BASISONDERWIJS") || v.equals("BO") || v.equals("BAS")) {
            return Optional.of(SchoolType.BAO);
        }
        if (v.contains("VMBO") || v.contains("HAVO") || v.contains("VWO") || v.contains("VOORTGEZET ONDERWIJS")) {
            return Optional.of(SchoolType.VO);
        }
        return Optional.empty();
    }
}
