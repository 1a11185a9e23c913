package nl.uitzicht.duoimport;

import java.io.Serializable;

/**
 * A vestiging (or a whole BRIN when the SWV file names no vestiging) that the region's SWV list
 * names but no locations file holds: a warning, not an error. DUO publishes the files on different
 * days; the school is left as it is (not added, not closed) until the files agree.
 */
public record MissingLocation(String code, String file, long line) implements Serializable {}
