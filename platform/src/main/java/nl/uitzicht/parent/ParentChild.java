package nl.uitzicht.parent;

import java.io.Serializable;
import java.util.UUID;

/** A pupil whose plans this parent may read: the pupil's name as the school invited them for it. */
public record ParentChild(UUID pupilId, UUID schoolId, String pupilName) implements Serializable {}
