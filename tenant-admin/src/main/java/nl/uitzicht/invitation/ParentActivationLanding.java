package nl.uitzicht.invitation;

import org.jspecify.annotations.Nullable;

/**
 * What a parent's activation page shows for a token: whether it can be used, for whom, and whether the
 * address already has an account (which then proves itself with its own password, and its own second
 * factor if it has one: with codes by e-mail the invitation link itself proves the mailbox), and whether
 * codes by e-mail can be chosen instead of an app (only with a mail server, ADR 0088).
 */
public record ParentActivationLanding(
        boolean usable,
        @Nullable String email,
        @Nullable String displayName,
        @Nullable String regionName,
        boolean existingAccount,
        boolean existingSecondFactor,
        boolean existingMailCodes,
        boolean mailCodesOffered) {

    static ParentActivationLanding unusable() {
        return new ParentActivationLanding(false, null, null, null, false, false, false, false);
    }
}
