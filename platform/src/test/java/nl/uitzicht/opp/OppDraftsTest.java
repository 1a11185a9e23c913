package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.audit.AuditRecord;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.WithRole;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Drafts of the OPP editor on the real database: only their author sees them, and they do not linger. */
@PlatformTest
@WithRole(system = true)
class OppDraftsTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    OppEditor editor;

    @Autowired
    OppDrafts drafts;

    @Autowired
    OppDraftPurge purge;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Clock clock;

    OppFixture f;
    OppPlan plan;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void plan() {
        f = new OppFixture(regions, schools, categories);
        UUID pupil = f.pupil(pupils, f.staffA, f.schoolA, "Noor", today.minusWeeks(1))
                .id();
        plan = as(() -> plans.start(f.staffA, pupil, today.minusWeeks(1)));
    }

    private <T> T as(Supplier<T> body) {
        return TenantContext.callAs(f.region, body);
    }

    private void run(Runnable body) {
        TenantContext.runAs(f.region, body);
    }

    private long rowsIn(UUID region) {
        return TenantContext.callAs(
                region,
                () -> new TransactionTemplate(transactionManager)
                        .execute(s -> jdbc.queryForObject(
                                "SELECT count(*) FROM opp_draft WHERE opp_id = ?", Long.class, plan.id())));
    }

    @Test
    void aDraftIsOfferedAndRestoredToItsAuthorOnly() {
        run(() -> drafts.keep(f.staffA, plan.id(), plan.version(), "pupil-view", "Ik wil"));
        run(() -> drafts.keep(f.staffA, plan.id(), plan.version(), "pupil-view", "Ik wil graag zelf lezen."));

        OppDraftOffer offer = as(() -> drafts.offer(f.staffA, plan.id())).orElseThrow();
        assertThat(offer.fields()).isEqualTo(1);
        assertThat(offer.planChangedSince()).isFalse();
        assertThat(offer.lastTypedAt()).isBeforeOrEqualTo(clock.instant());
        assertThat(as(() -> drafts.restore(f.staffA, plan.id())))
                .extracting(OppDraft::fieldKey, OppDraft::text, OppDraft::basedOnVersion)
                .containsExactly(Tuple.tuple("pupil-view", "Ik wil graag zelf lezen.", plan.version()));

        StaffScope colleague = new StaffScope(new Actor(UUID.randomUUID(), "Collega (A)"), Set.of(f.schoolA));
        assertThat(as(() -> drafts.offer(colleague, plan.id()))).isEmpty();
        assertThat(as(() -> drafts.restore(colleague, plan.id()))).isEmpty();
        assertThatThrownBy(() -> as(() -> drafts.restore(f.staffB, plan.id())))
                .as("staff of another school do not reach the plan")
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void rowLevelSecurityKeepsADraftInsideItsRegion() {
        run(() -> drafts.keep(f.staffA, plan.id(), plan.version(), "pupil-view", "Alleen in deze regio"));
        OppFixture other = new OppFixture(regions, schools, categories);

        assertThat(rowsIn(f.region)).isEqualTo(1);
        assertThat(rowsIn(other.region)).as("another region sees no row").isZero();
        assertThatThrownBy(() -> TenantContext.callAs(other.region, () -> drafts.restore(f.staffA, plan.id())))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void savingAFieldRemovesItsDraftAndTheOfferSaysWhenThePlanChangedSince() {
        run(() -> drafts.keep(f.staffA, plan.id(), plan.version(), "pupil-view", "Mijn mening"));
        run(() -> drafts.keep(f.staffA, plan.id(), plan.version(), "perspective-needed", "Een klein groepje"));
        OppPlan saved = as(() -> editor.savePupilView(f.staffA, plan.id(), plan.version(), "Mijn mening", today));

        assertThat(as(() -> drafts.offer(f.staffA, plan.id())).orElseThrow().planChangedSince())
                .isTrue();
        run(() -> drafts.forget(f.staffA, saved.id(), List.of("pupil-view")));

        assertThat(as(() -> drafts.restore(f.staffA, plan.id())))
                .extracting(OppDraft::fieldKey)
                .containsExactly("perspective-needed");
    }

    @Test
    void discardedDraftsAreGoneAndTheTrailNamesEveryStepWithoutTheText() {
        run(() -> drafts.keep(f.staffA, plan.id(), plan.version(), "pupil-view", "Geheime tekst"));
        run(() -> drafts.keep(f.staffA, plan.id(), plan.version(), "pupil-view", "Geheime tekst, langer"));
        as(() -> drafts.restore(f.staffA, plan.id()));
        run(() -> drafts.discard(f.staffA, plan.id()));

        assertThat(as(() -> drafts.offer(f.staffA, plan.id()))).isEmpty();
        assertThat(rowsIn(f.region)).isZero();
        List<AuditRecord> trail = as(() -> audit.trailOf("OPP", plan.id()));
        assertThat(trail)
                .filteredOn(r -> r.detail() != null && r.detail().startsWith("draft"))
                .extracting(AuditRecord::action, AuditRecord::detail, AuditRecord::actorName)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(AuditAction.DELETE, "drafts discarded", "Ilse IB (A)"),
                        Tuple.tuple(AuditAction.VIEW, "drafts restored: pupil-view", "Ilse IB (A)"),
                        Tuple.tuple(AuditAction.UPDATE, "draft saved: pupil-view", "Ilse IB (A)"));
        assertThat(trail).noneMatch(r -> r.detail() != null && r.detail().contains("Geheime"));
    }

    @Test
    void draftsOlderThanTheKeepingTimeArePurgedAndThePurgeIsAudited() {
        StaffScope colleague = new StaffScope(new Actor(UUID.randomUUID(), "Collega (A)"), Set.of(f.schoolA));
        run(() -> drafts.keep(f.staffA, plan.id(), plan.version(), "pupil-view", "Vergeten tekst"));
        run(() -> drafts.keep(colleague, plan.id(), plan.version(), "pupil-view", "Verse tekst"));
        run(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(s -> jdbc.update(
                        "UPDATE opp_draft SET typed_at = typed_at - interval '15 days' WHERE opp_id = ? AND account_id = ?",
                        plan.id(),
                        f.staffA.actor().id())));

        purge.purgeOldDrafts();

        assertThat(as(() -> drafts.offer(f.staffA, plan.id()))).isEmpty();
        assertThat(as(() -> drafts.offer(colleague, plan.id()))).isPresent();
        assertThat(as(() -> audit.trailOf("OPP", plan.id()))).anySatisfy(r -> {
            assertThat(r.detail()).isEqualTo("drafts purged: 1");
            assertThat(r.actorName()).isEqualTo(Actor.SYSTEM.name());
        });
    }

    @Test
    void aFieldKeyIsCheckedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> as(() -> {
                    drafts.keep(f.staffA, plan.id(), plan.version(), "Pupil View", "x");
                    return null;
                }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
