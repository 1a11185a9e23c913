package nl.uitzicht.invitation;

import org.jspecify.annotations.Nullable;

/**
 * A just-created or renewed invitation (the only moment its token exists in clear). {@code link} is there
 * only when no mail server is configured, for the inviter to pass on; it is null when the invitation was
 * mailed, and when mailing failed (then the inviter sends a new link later: {@link Invitations#resend}).
 */
public record IssuedInvitation(
        InvitationSummary invitation, @Nullable String link, boolean mailed) {}
