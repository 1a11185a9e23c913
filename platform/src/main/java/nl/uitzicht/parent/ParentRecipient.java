package nl.uitzicht.parent;

import java.util.UUID;

/** A parent with active access to a pupil, as far as a notice by mail needs: the account and its address. */
public record ParentRecipient(UUID accountId, String email, String displayName) {}
