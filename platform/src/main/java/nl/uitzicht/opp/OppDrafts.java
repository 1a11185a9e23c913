package nl.uitzicht.opp;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.pupil.StaffScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unsaved text of the OPP editor kept on the server (ADR 0073): per staff member, plan and field,
 * in PostgreSQL, so that it survives a reload, an expired session, a restart or another app node.
 * A draft is only ever read by the person who typed it (the account of the verified caller, within
 * their school scope and region); it is removed when its field is saved or thrown away, and purged
 * after a set time ({@link OppDraftPurge}). The audit trail of the plan records that a draft was
 * started, restored and thrown away, never its text.
 */
@Service
@Transactional
@StaffOnly
public class OppDrafts {

    static final int MAX_TEXT = 10_000;
    static final Pattern FIELD_KEY = Pattern.compile("[a-z0-9-]{1,100}");

    private static final String UPSERT = """
            INSERT INTO opp_draft AS d (tenant_id, opp_id, account_id, field_key, text, typed_at, based_on_version)
            VALUES (NULLIF(current_setting('app.tenant_id', true), '')::uuid, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (opp_id, account_id, field_key) DO UPDATE
               SET text = excluded.text, typed_at = excluded.typed_at, based_on_version = excluded.based_on_version
            RETURNING (xmax = 0)""";

    private static final String MINE = """
            SELECT field_key, text, typed_at, based_on_version FROM opp_draft
             WHERE opp_id = ? AND account_id = ? ORDER BY field_key""";

    private final OppAccess access;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    OppDrafts(OppAccess access, JdbcTemplate jdbc, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Keeps what the caller typed into one field, replacing their earlier draft of that field. The
     * first draft of a field is audited; later keystrokes into it are not (they would flood the trail).
     */
    public void keep(StaffScope scope, UUID oppId, long basedOnVersion, String fieldKey, String text) {
        Opp opp = access.load(scope, oppId);
        if (!opp.getState().editable()) {
            throw new NotEditableException(opp.getState());
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A draft holds at most " + MAX_TEXT + " characters");
        }
        Boolean started = jdbc.queryForObject(
                UPSERT,
                Boolean.class,
                oppId,
                account(scope),
                key(fieldKey),
                text,
                Timestamp.from(clock.instant()),
                basedOnVersion);
        if (Boolean.TRUE.equals(started)) {
            access.audit(scope, opp, AuditAction.UPDATE, "draft saved: " + fieldKey);
        }
    }

    /**
     * What to offer when the caller opens the plan; empty when they have no draft of it. Drafts of a
     * plan that can no longer be edited are removed here: they can never be put back.
     */
    public Optional<OppDraftOffer> offer(StaffScope scope, UUID oppId) {
        Opp opp = access.load(scope, oppId);
        List<OppDraft> drafts = read(scope, oppId);
        if (drafts.isEmpty()) {
            return Optional.empty();
        }
        if (!opp.getState().editable()) {
            delete(scope, oppId);
            access.audit(scope, opp, AuditAction.DELETE, "drafts discarded: plan " + opp.getState());
            return Optional.empty();
        }
        return Optional.of(new OppDraftOffer(
                drafts.size(),
                drafts.stream().map(OppDraft::typedAt).max(Instant::compareTo).orElseThrow(),
                drafts.stream().anyMatch(d -> d.basedOnVersion() != opp.getVersion())));
    }

    /** The caller's drafts of this plan, to put back into the editor's fields. Audited, without the text. */
    public List<OppDraft> restore(StaffScope scope, UUID oppId) {
        Opp opp = access.load(scope, oppId);
        List<OppDraft> drafts = read(scope, oppId);
        if (!drafts.isEmpty()) {
            access.audit(scope, opp, AuditAction.VIEW, "drafts restored: " + keys(drafts));
        }
        return drafts;
    }

    /** The caller's drafts of these fields, to fill fields the editor rebuilt (after another save). */
    public List<OppDraft> of(StaffScope scope, UUID oppId, Collection<String> fieldKeys) {
        Opp opp = access.load(scope, oppId);
        List<OppDraft> drafts = read(scope, oppId).stream()
                .filter(d -> fieldKeys.contains(d.fieldKey()))
                .toList();
        if (!drafts.isEmpty()) {
            access.audit(scope, opp, AuditAction.VIEW, "drafts restored: " + keys(drafts));
        }
        return drafts;
    }

    /** Throws away all the caller's drafts of this plan (they chose so). Audited. */
    public void discard(StaffScope scope, UUID oppId) {
        Opp opp = access.load(scope, oppId);
        if (delete(scope, oppId) > 0) {
            access.audit(scope, opp, AuditAction.DELETE, "drafts discarded");
        }
    }

    /**
     * Removes the caller's drafts of these fields: they were just saved (that change is audited) or
     * typed back to the saved text. A plan that is no longer editable loses all their drafts.
     */
    public void forget(StaffScope scope, UUID oppId, Collection<String> fieldKeys) {
        Opp opp = access.load(scope, oppId);
        if (!opp.getState().editable()) {
            delete(scope, oppId);
            return;
        }
        for (String fieldKey : fieldKeys) {
            jdbc.update(
                    "DELETE FROM opp_draft WHERE opp_id = ? AND account_id = ? AND field_key = ?",
                    oppId,
                    account(scope),
                    fieldKey);
        }
    }

    private List<OppDraft> read(StaffScope scope, UUID oppId) {
        return jdbc.query(
                MINE,
                (rs, n) -> new OppDraft(
                        rs.getString("field_key"),
                        rs.getString("text"),
                        rs.getTimestamp("typed_at").toInstant(),
                        rs.getLong("based_on_version")),
                oppId,
                account(scope));
    }

    private int delete(StaffScope scope, UUID oppId) {
        return jdbc.update("DELETE FROM opp_draft WHERE opp_id = ? AND account_id = ?", oppId, account(scope));
    }

    private static UUID account(StaffScope scope) {
        UUID account = scope.actor().id();
        if (account == null) {
            throw new IllegalArgumentException("Drafts belong to a person");
        }
        return account;
    }

    private static String key(String fieldKey) {
        if (!FIELD_KEY.matcher(fieldKey).matches()) {
            throw new IllegalArgumentException("Not a field key: " + fieldKey);
        }
        return fieldKey;
    }

    private static String keys(List<OppDraft> drafts) {
        return String.join(", ", drafts.stream().map(OppDraft::fieldKey).toList());
    }
}
