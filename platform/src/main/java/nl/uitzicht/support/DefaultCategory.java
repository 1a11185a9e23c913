package nl.uitzicht.support;

/** The default list from the domain brief; a region can rename, add and switch off. */
enum DefaultCategory {
    LEZEN_SPELLEN("Lezen, spelling en dyslexie", true),
    REKENEN("Rekenen en dyscalculie", false),
    TAAL_NT2("Taal en NT2", true),
    WERKHOUDING("Werkhouding en concentratie", true),
    GEDRAG("Gedrag", false),
    SOCIAAL_EMOTIONEEL("Sociaal-emotionele ontwikkeling", false),
    MEERBEGAAFDHEID("Meer- en hoogbegaafdheid", true),
    LICHAMELIJK_MEDISCH("Lichamelijk en medisch", false),
    HOREN_SPRAAK("Horen, spraak en taalontwikkeling", false),
    ZIEN("Zien", false),
    ZEER_MOEILIJK_LEREND("Zeer moeilijk lerend", false);

    final String dutchName;
    final boolean nationalMinimum;

    DefaultCategory(String dutchName, boolean nationalMinimum) {
        this.dutchName = dutchName;
        this.nationalMinimum = nationalMinimum;
    }
}
