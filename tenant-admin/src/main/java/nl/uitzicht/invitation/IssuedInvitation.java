package nl.uitzicht.invitation;

/** A just-created or renewed invitation with its link (the only moment the token exists in clear). */
public record IssuedInvitation(InvitationSummary invitation, String link, boolean mailed) {
}
