package nl.uitzicht.request;

import java.io.Serializable;
import java.time.Instant;

/**
 * The parents' view on the plan as they wrote it in the parent portal (their notes of kind "view", newest first, each
 * with who and when), ready to be the parents' view of a request; {@code writtenAt} is when the newest was written.
 */
public record ParentsViewFromPortal(String text, Instant writtenAt) implements Serializable {}
