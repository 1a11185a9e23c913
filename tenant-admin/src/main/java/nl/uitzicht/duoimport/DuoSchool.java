package nl.uitzicht.duoimport;

import nl.uitzicht.school.SchoolDetails;

/** A school (vestiging) of the region as the DUO files describe it; {@code pupilCountKnown} if a column gave it. */
record DuoSchool(SchoolDetails details, boolean pupilCountKnown) {}
