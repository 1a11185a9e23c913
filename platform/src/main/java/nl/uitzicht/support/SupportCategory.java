package nl.uitzicht.support;

import java.io.Serializable;
import java.util.UUID;

/**
 * A kind of support a pupil may need. {@code nationalMinimum}: named in the proposed national
 * minimum of basic support (Nov 2024): language, giftedness, work behaviour.
 */
public record SupportCategory(
        UUID id, String code, String name, int position, boolean active, boolean nationalMinimum, long version)
        implements Serializable {}
