package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.identity.SecretCipher;
import nl.uitzicht.identity.SecretKeyRotation;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.retention.RetentionJob;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.Callers.TestPerson;
import nl.uitzicht.testing.TestDatabases;
import nl.uitzicht.testing.UploadFixtures;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * OPPs written elsewhere uploaded into a round (issue 18, ADR 0096), against PostgreSQL: the uploader confirms the
 * masking, the OPP joins the round and is scored and agreed on like an Uitzicht OPP; the file is stored sealed;
 * nobody outside the round (another region, a trainer or rater not in it, school staff, policy, anonymous)
 * reaches it; retention deletes it.
 */
@PlatformTest
@WithRole(system = true)
class OppUploadsTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    Checklists checklists;

    @Autowired
    ScoringRounds rounds;

    @Autowired
    OppUploads uploads;

    @Autowired
    RetentionJob retention;

    @Autowired
    SecretKeyRotation rotation;

    /** The keys of the shared test configuration (src/test/resources/application.yaml), as SecretKeyRotationTest. */
    static final String OLD_KEY = "b2xkLWtleS1vZi0zMi1ieXRlcy1mb3Itcm90YXRpb24=";

    static final String NEW_KEY = "dGVzdC1vbmx5LWtleS0zMi1ieXRlcy1sb25nLS0tLS0=";

    @Autowired
    TestDatabases.FreshDatabase db;

    AnalysisFixture f;
    Analyst trainer;
    Analyst anna;
    Analyst ilse;
    UUID uitzichtOpp;
    UUID round;
    Checklist checklist;

    @BeforeEach
    void region() {
        f = new AnalysisFixture(regions, schools, categories, accounts);
        trainer = f.person("Tom Trainer", Role.TRAINER);
        anna = f.person("Anna Beoordelaar", Role.TRAINER);
        ilse = f.person("Ilse Staff", Role.SCHOOL_STAFF);
        uitzichtOpp = f.draft(pupils, plans, "Lot Bakker", LocalDate.now().minusDays(10));
        checklist = as(checklists::standard);
        round = as(() -> rounds.start(
                        trainer,
                        "Ronde met uploads",
                        checklist.id(),
                        List.of(uitzichtOpp),
                        List.of(anna.accountId(), ilse.accountId()),
                        2))
                .id();
    }

    private <T> T as(Supplier<T> body) {
        return TenantContext.callAs(f.region, body);
    }

    private UploadPreview upload(byte[] file, List<String> terms) {
        return as(() -> uploads.upload(trainer, round, f.school, file, terms));
    }

    @Test
    void anUploadJoinsTheRoundOnlyOnceTheUploaderConfirmsTheMasking() {
        UploadPreview docx = upload(UploadFixtures.docx(), List.of());
        assertThat(docx.kind()).isEqualTo(OppFileKind.DOCX);
        assertThat(docx.confirmed()).isFalse();
        for (String identifier : UploadFixtures.DOCX_IDENTIFIERS) {
            assertThat(docx.masked().text()).as(identifier).doesNotContain(identifier);
        }
        assertThat(docx.masked().text()).contains("De Linde");

        // not yet in the round: raters neither see nor score it
        assertThat(as(() -> rounds.get(anna, round)).oppIds()).containsExactly(uitzichtOpp);
        assertThatThrownBy(() -> as(() -> uploads.maskedText(anna, round, docx.id())))
                .hasMessageContaining("analysis.error.oppNotFound");
        assertThatThrownBy(() -> as(() -> rounds.score(anna, round, docx.id(), "BEKNOPT", 1, null)))
                .hasMessageContaining("analysis.error.oppNotFound");
        assertThat(as(() -> uploads.pending(trainer, round)))
                .extracting(PendingUpload::id)
                .containsExactly(docx.id());

        // the uploader adds a term the detection missed; a stale screen's confirmation is a conflict
        UploadPreview remasked = as(() -> uploads.remask(trainer, docx.id(), docx.version(), List.of("De Linde")));
        assertThat(remasked.masked().text()).doesNotContain("De Linde").contains("[NAAM");
        assertThatThrownBy(() -> as(() -> uploads.confirm(trainer, docx.id(), docx.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        RoundSummary joined = as(() -> uploads.confirm(trainer, docx.id(), remasked.version()));

        assertThat(joined.oppIds()).containsExactly(uitzichtOpp, docx.id());
        assertThat(joined.uploaded(docx.id())).isTrue();
        assertThat(joined.label(docx.id())).isEqualTo("OPP 2");
        assertThat(as(() -> uploads.pending(trainer, round))).isEmpty();
        String forRater = as(() -> uploads.maskedText(anna, round, docx.id()));
        assertThat(forRater).isEqualTo(remasked.masked().text()).contains("[LEERLING]");
        assertThat(as(() -> uploads.maskedText(ilse, round, docx.id()))).isEqualTo(forRater);
        assertThatThrownBy(() -> as(() -> uploads.remask(trainer, docx.id(), remasked.version() + 1, List.of())))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void uploadedOppsAreScoredComparedAndAgreedOnLikeUitzichtOpps() {
        UUID docx = confirmed(UploadFixtures.docx());
        UUID pdf = confirmed(UploadFixtures.pdf());
        List<UUID> all = List.of(uitzichtOpp, docx, pdf);
        assertThat(as(() -> rounds.sheet(anna, round)).round().oppIds()).containsExactlyElementsOf(all);

        for (Analyst rater : List.of(anna, ilse)) {
            for (UUID opp : all) {
                for (ChecklistItem item : checklist.items()) {
                    int value = rater == anna && opp.equals(pdf) && item.code().equals("BEKNOPT") ? 0 : 2;
                    as(() -> rounds.score(rater, round, opp, item.code(), value, null));
                }
            }
            as(() -> rounds.submit(rater, round));
        }
        Comparison c = as(() -> rounds.compare(trainer, round));
        assertThat(c.rows()).hasSize(3 * checklist.items().size());
        assertThat(c.rows())
                .filteredOn(Comparison.Row::divergent)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.oppId()).isEqualTo(pdf);
                    assertThat(r.oppLabel()).isEqualTo("OPP 3");
                });
        as(() -> {
            rounds.recordConsensus(trainer, round, pdf, "BEKNOPT", 1, "Net te lang", Comparison.Row.NO_CONSENSUS);
            return null;
        });
        assertThat(as(() -> rounds.compare(anna, round)).rows())
                .filteredOn(r -> r.oppId().equals(pdf) && r.itemCode().equals("BEKNOPT"))
                .singleElement()
                .satisfies(r -> assertThat(r.consensus()).isEqualTo(1));
        // the consensus row carries the upload and its school, as the dashboards read it
        assertThat(db.ownerQuery(
                        "select school_id || '/' || upload_id from consensus_score where opp_id = '" + pdf + "'"))
                .containsExactly(f.school + "/" + pdf);
        // once a rater has handed in, no OPP joins the round any more
        assertThatThrownBy(() -> upload(UploadFixtures.pdf(), List.of()))
                .hasMessageContaining("analysis.upload.error.roundStarted");
    }

    @Test
    void theFileAndItsTextAreStoredSealedNotAsPlaintext() {
        byte[] pdf = UploadFixtures.pdf();
        UUID id = confirmed(pdf);

        List<String> stored = db.ownerQuery("select encode(original_sealed, 'hex') || ' ' || encode(text_sealed, 'hex')"
                + " || ' ' || encode(terms_sealed, 'hex') from opp_upload where id = '" + id + "'");
        assertThat(stored).hasSize(1);
        String hex = stored.getFirst();
        assertThat(hex).doesNotContain(hex(pdf).substring(0, 64)); // not the file's first 32 bytes
        assertThat(hex).doesNotContain(hex("%PDF-".getBytes(StandardCharsets.US_ASCII)));
        assertThat(hex).doesNotContain(hex("Noor Bakker".getBytes(StandardCharsets.UTF_8)));
        assertThat(db.ownerQuery("select octet_length(original_sealed) - " + pdf.length
                        + " from opp_upload where id = '" + id + "'"))
                .containsExactly("28"); // a 12-byte IV and a 16-byte tag around the sealed file
        assertThat(db.ownerQuery("select masked_text like '%Noor%' from opp_upload where id = '" + id + "'"))
                .containsExactly("f");
    }

    @Test
    void nobodyOutsideTheRoundReachesAnUpload() {
        UUID docx = confirmed(UploadFixtures.docx());
        UploadPreview pending = upload(UploadFixtures.pdf(), List.of());

        // a trainer of the region who is not in the round, and school staff not in it
        Analyst otherTrainer = f.person("Olaf Anders", Role.TRAINER);
        Analyst staff = f.person("Sien School", Role.SCHOOL_STAFF);
        assertThatThrownBy(() -> as(() -> uploads.maskedText(otherTrainer, round, docx)))
                .hasMessageContaining("analysis.error.roundNotFound");
        assertThatThrownBy(() -> as(() -> uploads.maskedText(staff, round, docx)))
                .hasMessageContaining("analysis.error.roundNotFound");
        // only the uploader sees an unconfirmed upload, not even a rater or another organiser
        assertThatThrownBy(() -> as(() -> uploads.preview(otherTrainer, pending.id())))
                .hasMessageContaining("analysis.upload.error.notFound");
        assertThatThrownBy(() -> as(() -> uploads.preview(anna, pending.id())))
                .hasMessageContaining("analysis.upload.error.notFound");
        assertThatThrownBy(() -> as(() -> uploads.confirm(anna, pending.id(), pending.version())))
                .hasMessageContaining("analysis.upload.error.notFound");
        // a trainer outside the round cannot upload into it
        assertThatThrownBy(
                        () -> as(() -> uploads.upload(otherTrainer, round, f.school, UploadFixtures.pdf(), List.of())))
                .hasMessageContaining("analysis.error.notOrganiser");

        // a rater of another region: the round and the upload do not exist there
        AnalysisFixture elsewhere = new AnalysisFixture(regions, schools, categories, accounts);
        Analyst foreign = elsewhere.person("Vera Verweg", Role.TRAINER);
        assertThatThrownBy(() -> TenantContext.callAs(elsewhere.region, () -> uploads.maskedText(foreign, round, docx)))
                .hasMessageContaining("analysis.error.roundNotFound");
        assertThatThrownBy(() -> TenantContext.callAs(elsewhere.region, () -> uploads.preview(trainer, pending.id())))
                .hasMessageContaining("analysis.upload.error.notFound");
        assertThatThrownBy(() -> TenantContext.callAs(elsewhere.region, () -> uploads.pending(foreign, round)))
                .hasMessageContaining("analysis.error.roundNotFound");
        // the school of another region is refused as the upload's school
        assertThatThrownBy(() ->
                        as(() -> uploads.upload(trainer, round, elsewhere.school, UploadFixtures.pdf(), List.of())))
                .hasMessageContaining("analysis.upload.error.school");
    }

    @Test
    void rolesOutsideAnalysisAreRefusedBeforeTheServiceRuns() {
        UUID docx = confirmed(UploadFixtures.docx());
        Analyst policy = new Analyst(new Actor(UUID.randomUUID(), "Piet Beleid"), Set.of(Role.POLICY), Set.of());
        assertThatThrownBy(() -> Callers.call(
                        Callers.person(new TestPerson(policy.accountId(), Set.of()), Role.POLICY),
                        () -> as(() -> uploads.maskedText(policy, round, docx))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        Callers.call(Callers.anonymous(), () -> as(() -> uploads.maskedText(anna, round, docx))))
                .isInstanceOf(AccessDeniedException.class);
        // school staff may read as a rater, never upload
        assertThatThrownBy(() -> Callers.call(
                        Callers.person(new TestPerson(ilse.accountId(), ilse.schoolIds()), Role.SCHOOL_STAFF),
                        () -> as(() -> uploads.upload(ilse, round, f.school, UploadFixtures.pdf(), List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Callers.call(
                        Callers.person(new TestPerson(ilse.accountId(), ilse.schoolIds()), Role.SCHOOL_STAFF),
                        () -> as(() -> uploads.maskedText(ilse, round, docx))))
                .contains("[LEERLING]");
    }

    @Test
    void aScannedPdfIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> upload(UploadFixtures.scannedPdf(), List.of()))
                .hasMessageContaining("analysis.upload.error.noText");
        assertThat(db.ownerQuery("select count(*) from opp_upload where round_id = '" + round + "'"))
                .containsExactly("0");
    }

    @Test
    void retentionDeletesTheUploadsOfARoundClosedLongerAgoThanTheTerm() {
        UUID docx = confirmed(UploadFixtures.docx());
        UUID pdf = confirmed(UploadFixtures.pdf());
        for (Analyst rater : List.of(anna, ilse)) {
            for (ChecklistItem item : checklist.items()) {
                as(() -> rounds.score(rater, round, pdf, item.code(), 2, null));
            }
        }
        as(() -> rounds.close(trainer, round));
        Actor admin = new Actor(UUID.randomUUID(), "Rita Regio");
        assertThat(as(() -> retention.preview(admin)).uploads()).isEmpty();

        db.ownerExecute("update scoring_round set closed_at = now() - interval '4 years' where id = '" + round + "'");
        assertThat(as(() -> retention.preview(admin)).uploads())
                .extracting(u -> u.uploadId())
                .containsExactlyInAnyOrder(docx, pdf);
        as(() -> retention.run(admin));

        assertThat(db.ownerQuery("select count(*) from opp_upload where round_id = '" + round + "'"))
                .containsExactly("0");
        assertThat(db.ownerQuery("select count(*) from checklist_score where round_id = '" + round + "'"))
                .containsExactly("0");
        // the round keeps its Uitzicht OPP, in order
        assertThat(as(() -> rounds.get(trainer, round)).oppIds()).containsExactly(uitzichtOpp);
        assertThat(db.ownerQuery("select string_agg(position::text, ',') from scoring_round_opp where round_id = '"
                        + round + "'"))
                .containsExactly("0");
    }

    @Test
    void uploadsSealedWithThePreviousKeyStillOpenAndAreSealedAgainOnRotation() {
        UploadPreview pending = upload(UploadFixtures.docx(), List.of());
        String text = "Naam leerling: Sam Jansen\nSam leest graag strips.";
        db.ownerExecute("update opp_upload set text_sealed = decode('"
                + hex(new SecretCipher(OLD_KEY).seal(text.getBytes(StandardCharsets.UTF_8))) + "', 'hex') where id = '"
                + pending.id() + "'");

        assertThat(as(() -> uploads.preview(trainer, pending.id())).masked().text())
                .as("readable during the rotation")
                .isEqualTo("Naam leerling: [LEERLING]\n[LEERLING] leest graag strips.");
        assertThat(rotation.resealWithCurrentKey()).isGreaterThanOrEqualTo(1);

        byte[] stored = java.util.HexFormat.of()
                .parseHex(db.ownerQuery(
                                "select encode(text_sealed, 'hex') from opp_upload where id = '" + pending.id() + "'")
                        .getFirst());
        assertThat(new String(new SecretCipher(NEW_KEY).open(stored), StandardCharsets.UTF_8))
                .isEqualTo(text);
    }

    private UUID confirmed(byte[] file) {
        UploadPreview preview = upload(file, List.of());
        return as(() -> uploads.confirm(trainer, preview.id(), preview.version()))
                .oppIds()
                .getLast();
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
