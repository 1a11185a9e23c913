package nl.uitzicht.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the region export does with each table that may hold a person's own words: exported whole,
 * filtered (only the declared columns, only the rows shared by choice), or left out. ADR 0031: a
 * trainer's private notes, reflections and plans, and the feedback buddies give each other, never
 * reach the region; what a trainer already shares beyond themselves (with the region, or with the
 * region's trainers at a practice meeting) does, and so do the counts and statuses the region sees.
 *
 * <p>Every table whose rows belong to a person (a foreign key to {@code user_account}, directly or
 * through another such table) must be declared here: {@link RegionExport} leaves an undeclared one out,
 * and {@code ExportRulesTest} fails for it, as it does for a table of the trainer, achterban, buddy
 * or programme features that is not declared, and for a column of a filtered table that is neither
 * exported nor declared private. Other tenant tables (schools, OPPs, ...) are the region's own data
 * and are exported whole without a rule.
 */
final class ExportRules {

    /** What happens to a table's rows. */
    enum Treatment {
        /** Every row, every column. */
        EXPORTED,
        /** Only {@link Rule#columns()} (and only rows matching {@link Rule#rowsWhere()}, if any). */
        FILTERED,
        /** Not in the export; the manifest says so and why. */
        EXCLUDED
    }

    /**
     * One table's rule. {@code columns}: the exported columns of a filtered table; {@code privateColumns}:
     * its columns left out; {@code rowsWhere}: an SQL condition on the rows shared by choice (or null:
     * all rows); {@code orderBy}: the file's order; {@code reason}: for the manifest.
     */
    record Rule(
            String table,
            Treatment treatment,
            List<String> columns,
            List<String> privateColumns,
            @Nullable String rowsWhere,
            String orderBy,
            String reason) {

        /** The SELECT for the bound region (one parameter: the region id). */
        String select() {
            String what = treatment == Treatment.FILTERED ? String.join(", ", columns) : "*";
            String where = "tenant_id = ?" + (rowsWhere == null ? "" : " and (" + rowsWhere + ")");
            return "select " + what + " from " + table + " where " + where + " order by " + orderBy;
        }

        /** What of the table is left out, for the manifest; empty when everything is exported. */
        Optional<ExportManifest.LeftOut> leftOut() {
            if (treatment == Treatment.EXPORTED) {
                return Optional.empty();
            }
            if (treatment == Treatment.EXCLUDED) {
                return Optional.of(new ExportManifest.LeftOut(table, "the whole table", reason));
            }
            String part = privateColumns.isEmpty() ? "" : "columns " + String.join(", ", privateColumns);
            if (rowsWhere != null) {
                part = (part.isEmpty() ? "" : part + "; ") + "rows where not (" + rowsWhere + ")";
            }
            return Optional.of(new ExportManifest.LeftOut(table, part, reason));
        }
    }

    private static final String ADR = " (ADR 0031)";

    static final Map<String, Rule> RULES = rules(
            filtered(
                    "opp_upload",
                    List.of(
                            "id",
                            "tenant_id",
                            "round_id",
                            "school_id",
                            "file_kind",
                            "file_size",
                            "masked_text",
                            "mask_count",
                            "uploaded_by",
                            "uploaded_by_name",
                            "uploaded_at",
                            "confirmed_at",
                            "version"),
                    List.of("original_sealed", "text_sealed", "terms_sealed"),
                    null,
                    "id",
                    "An uploaded OPP's file, unmasked text and extra terms are stored sealed with the platform's key"
                            + " (ADR 0096): sealed bytes are of no use outside it; its masked text is exported."),
            exported("trainer_settings", "The region's buddy rule, set by the region admin."),
            filtered(
                    "trainer_profile",
                    List.of("id", "tenant_id", "trainer_id", "programme_group", "version"),
                    List.of("two_year_hope"),
                    null,
                    "id",
                    "A trainer's two-year hope is shared with an active buddy only, never with the region" + ADR + "."),
            filtered(
                    "stakeholder",
                    List.of(
                            "id",
                            "tenant_id",
                            "trainer_id",
                            "kind",
                            "name",
                            "school_id",
                            "influence",
                            "interest",
                            "status",
                            "created_at",
                            "version"),
                    List.of("role", "involvement", "private_notes"),
                    null,
                    "id",
                    "A trainer's private notes and involvement plan are never shared, not even with a buddy; of a"
                            + " stakeholder a buddy sees only the name, kind, status, influence and interest" + ADR
                            + "."),
            filtered(
                    "stakeholder_conversation",
                    List.of("id", "tenant_id", "stakeholder_id", "held_on", "opps_reviewed"),
                    List.of("topic", "follow_up"),
                    null,
                    "id",
                    "What a trainer wrote about a conversation is theirs; the region sees only how many were held" + ADR
                            + "."),
            excluded(
                    "audience_analysis",
                    "A trainer's own audience analysis (publiek, situatie, complexiteit, vragen,"
                            + " kernboodschap) is never shared" + ADR + "."),
            excluded(
                    "unhelpful_thought",
                    "A trainer's personal reflections (unhelpful thoughts and their answers) are" + " never shared"
                            + ADR + "."),
            filtered(
                    "swot_item",
                    List.of("id", "tenant_id", "trainer_id", "quadrant", "created_at", "version"),
                    List.of("text"),
                    null,
                    "id",
                    "The text of a trainer's SWOT notes is theirs; the region sees only how many there are" + ADR
                            + "."),
            filtered(
                    "verwerking_action",
                    List.of("id", "tenant_id", "trainer_id", "position", "status", "version"),
                    List.of("title", "notes"),
                    null,
                    "id",
                    "A trainer's own actions and notes are theirs; the region sees only how many are done" + ADR + "."),
            filtered(
                    "practice_question",
                    List.of("id", "tenant_id", "trainer_id", "text", "for_next_meeting", "created_at", "version"),
                    List.of(),
                    "for_next_meeting",
                    "id",
                    "A trainer's questions are theirs until the trainer brings them into the next practice meeting;"
                            + " those (shared by the trainer's choice with the region's trainers) are exported."),
            filtered(
                    "buddy_pair",
                    List.of(
                            "id",
                            "tenant_id",
                            "requester_id",
                            "partner_id",
                            "status",
                            "requested_at",
                            "responded_at",
                            "ended_at",
                            "version"),
                    List.of("message", "mission", "approach"),
                    null,
                    "id",
                    "A buddy request's message and the buddies' shared mission and approach are between the two"
                            + " buddies; the region sees only the pairings" + ADR + "."),
            excluded(
                    "buddy_feedback",
                    "Feedback a buddy gives is for the other buddy only; its author has no way to"
                            + " share it with the region" + ADR + "."),
            exported("programme_meeting", "The region's programme calendar."),
            exported("programme_attendance", "Who attended the region's programme meetings."),
            filtered(
                    "programme_response",
                    List.of("tenant_id", "meeting_id", "usefulness", "learned", "for_project_group"),
                    List.of("id", "trainer_id", "answered_at", "version"),
                    null,
                    "meeting_id, usefulness, learned, for_project_group",
                    "The programme questionnaire reaches the region without names" + ADR + ": who answered (and"
                            + " when) is left out."),
            exported(
                    "parent_link",
                    "Which parents the schools gave access to which pupil's plans, and who revoked it: the"
                            + " region's own record of access to its pupils' data (ADR 0079)."));

    private ExportRules() {}

    static Optional<Rule> of(String table) {
        return Optional.ofNullable(RULES.get(table));
    }

    /** The manifest's entry for a personal table that no rule declares: left out until it is declared. */
    static ExportManifest.LeftOut undeclared(String table) {
        return new ExportManifest.LeftOut(
                table,
                "the whole table",
                "Its rows belong to a person and no export rule"
                        + " says yet what of it may leave the platform (ExportRules), so it is left out.");
    }

    private static Rule exported(String table, String reason) {
        return new Rule(table, Treatment.EXPORTED, List.of(), List.of(), null, "1", reason);
    }

    private static Rule excluded(String table, String reason) {
        return new Rule(table, Treatment.EXCLUDED, List.of(), List.of(), null, "1", reason);
    }

    private static Rule filtered(
            String table,
            List<String> columns,
            List<String> privateColumns,
            @Nullable String rowsWhere,
            String orderBy,
            String reason) {
        return new Rule(table, Treatment.FILTERED, columns, privateColumns, rowsWhere, orderBy, reason);
    }

    private static Map<String, Rule> rules(Rule... rules) {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule r : rules) {
            map.put(r.table(), r);
        }
        return Map.copyOf(map);
    }
}
