package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.audit.AuditRecord;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
@WithRole(system = true)
class OppLifecycleTest {

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
    OppWorkflow workflow;

    @Autowired
    OppMonitoring monitoring;

    @Autowired
    OppDocuments documents;

    @Autowired
    AuditLog audit;

    @Autowired
    FreshDatabase db;

    OppFixture f;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void region() {
        f = new OppFixture(regions, schools, categories);
    }

    private <T> T as(java.util.function.Supplier<T> body) {
        return TenantContext.callAs(f.region, body);
    }

    @Test
    void fromDraftThroughConsentAndEvaluationToANewVersion() {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Sam", today.minusWeeks(3));
        OppPlan p = f.completeDraft(plans, editor, pupil.id(), today.minusWeeks(3));
        assertThat(p.state()).isEqualTo(OppState.DRAFT);
        assertThat(p.deadlines().setBy()).isEqualTo(today.minusWeeks(3).plusWeeks(6));
        assertThat(p.content().handelingsdeel().goals().get(1).smartPrompts())
                .containsExactly("opp.smart.noMeasure", "opp.smart.noDate");

        OppPlan consult = as(() -> workflow.startConsultation(f.staffA, p.id(), p.version()));
        assertThat(consult.state()).isEqualTo(OppState.IN_CONSULTATION);
        OppPlan talked = as(() -> workflow.recordConversation(
                f.staffA,
                p.id(),
                consult.version(),
                UUID.randomUUID(),
                new ConversationInput(
                        today.minusDays(2),
                        "Moeder, Sam, leerkracht, IB",
                        "Doelen en uitstroomperspectief besproken",
                        null,
                        null)));
        OppPlan awaiting = as(() -> workflow.requestConsent(f.staffA, p.id(), talked.version()));
        assertThat(awaiting.state()).isEqualTo(OppState.AWAITING_CONSENT);
        OppPlan active = as(() -> workflow.recordConversation(
                f.staffA,
                p.id(),
                awaiting.version(),
                UUID.randomUUID(),
                new ConversationInput(
                        today.minusDays(1),
                        "Moeder, IB",
                        "Handelingsdeel doorgenomen",
                        ConsentOutcome.CONSENT_WITH_REMARKS,
                        "Graag elke 6 weken een kort bericht over het lezen.")));
        assertThat(active.state()).isEqualTo(OppState.ACTIVE);
        assertThat(active.deadlines().firstActiveOn()).isEqualTo(today.minusDays(1));
        assertThat(active.deadlines().setInTime()).isTrue();
        assertThat(active.deadlines().nextEvaluationOn())
                .isEqualTo(today.minusDays(1).plusYears(1));
        assertThat(active.content().consentedOn()).isEqualTo(today.minusDays(1));

        UUID goal = active.content().handelingsdeel().goals().get(0).key();
        as(() -> monitoring.log(
                f.staffA, p.id(), UUID.randomUUID(), goal, null, today, "AVI E5 gehaald bij tussentoets"));

        OppPlan evaluating = as(() -> workflow.startEvaluation(f.staffA, p.id(), active.version()));
        assertThat(evaluating.state()).isEqualTo(OppState.IN_EVALUATION);
        assertThat(evaluating.versionNo()).isEqualTo(2);
        OppPlan adjusted = as(() -> editor.addGoal(
                f.staffA,
                p.id(),
                evaluating.version(),
                FactorDomain.BEHAVIOUR,
                "Vraagt hulp aan een klasgenoot",
                "nooit",
                "observatie leerkracht",
                today.plusMonths(4)));
        List<GoalEvaluation> results = active.content().handelingsdeel().goals().stream()
                .map(g -> new GoalEvaluation(g.key(), GoalResult.PARTLY, "Vooruitgang, nog niet op niveau"))
                .toList();
        OppPlan next = as(() -> workflow.completeEvaluation(
                f.staffA,
                p.id(),
                adjusted.version(),
                UUID.randomUUID(),
                new EvaluationInput(
                        today,
                        "Moeder, Sam, IB",
                        "Ik lees nu liever",
                        "Tevreden over het lezen",
                        results,
                        EvaluationDecision.CONTINUE,
                        ConsentOutcome.CONSENT)));

        assertThat(next.state()).isEqualTo(OppState.ACTIVE);
        assertThat(next.versionNo()).isEqualTo(2);
        assertThat(next.deadlines().nextEvaluationOn()).isEqualTo(today.plusYears(1));
        OppHistory history = as(() -> plans.history(f.staffA, p.id()));
        assertThat(history.versions()).extracting(OppContent::versionNo).containsExactly(2, 1);
        assertThat(history.versions().get(0).handelingsdeel().goals()).hasSize(3);
        assertThat(history.versions().get(1).handelingsdeel().goals()).hasSize(2);
        assertThat(history.evaluations()).singleElement().satisfies(e -> {
            assertThat(e.versionNo()).isEqualTo(1);
            assertThat(e.goals()).hasSize(2).allMatch(g -> g.result() == GoalResult.PARTLY);
        });
        assertThat(history.observations())
                .singleElement()
                .extracting(Observation::recordedBy)
                .isEqualTo("Ilse IB (A)");
        assertThat(history.conversations())
                .extracting(Conversation::outcome)
                .containsExactlyInAnyOrder(null, ConsentOutcome.CONSENT_WITH_REMARKS, ConsentOutcome.CONSENT);

        List<AuditRecord> trail = as(() -> audit.trailOf("OPP", p.id()));
        assertThat(trail)
                .extracting(AuditRecord::action)
                .contains(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.CONSENT, AuditAction.VIEW);
        assertThat(trail).filteredOn(r -> r.action() == AuditAction.CONSENT).hasSize(2);
        assertThat(db.ownerQuery("select count(*) from opp_intervention i join opp_version v on v.id = i.version_id "
                        + "where v.opp_id = '" + p.id() + "' and i.support_level = 'EXTRA'"))
                .containsExactly("2");
    }

    @Test
    void refusedConsentIsRecordedAndKeepsThePlanOutOfActive() {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Noor", today.minusWeeks(2));
        OppPlan p = f.completeDraft(plans, editor, pupil.id(), null);
        OppPlan c = as(() -> workflow.startConsultation(f.staffA, p.id(), p.version()));
        OppPlan a = as(() -> workflow.requestConsent(f.staffA, p.id(), c.version()));

        assertThatThrownBy(() -> as(() -> workflow.recordConversation(
                        f.staffA,
                        p.id(),
                        a.version(),
                        UUID.randomUUID(),
                        new ConversationInput(today, "Vader, IB", "Handelingsdeel", ConsentOutcome.NO_CONSENT, " "))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("parentsRemarks", "opp.validation.required"));
        OppPlan refused = as(() -> workflow.recordConversation(
                f.staffA,
                p.id(),
                a.version(),
                UUID.randomUUID(),
                new ConversationInput(
                        today,
                        "Vader, IB",
                        "Handelingsdeel",
                        ConsentOutcome.NO_CONSENT,
                        "Vader wil geen externe begeleiding.")));

        assertThat(refused.state()).isEqualTo(OppState.IN_CONSULTATION);
        assertThat(refused.deadlines().firstActiveOn()).isNull();
        assertThat(refused.content().consentedOn()).isNull();
        assertThat(as(() -> plans.history(f.staffA, p.id())).conversations())
                .singleElement()
                .satisfies(conv -> {
                    assertThat(conv.outcome()).isEqualTo(ConsentOutcome.NO_CONSENT);
                    assertThat(conv.parentsRemarks()).isEqualTo("Vader wil geen externe begeleiding.");
                });
        assertThat(db.ownerQuery("select state from opp where id = '" + p.id() + "'"))
                .containsExactly("IN_CONSULTATION");
    }

    @Test
    void illegalTransitionsAreRejected() {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Daan", today.minusWeeks(1));
        OppPlan draft = as(() -> plans.start(f.staffA, pupil.id(), null));

        assertThatThrownBy(() -> as(() -> workflow.requestConsent(f.staffA, draft.id(), draft.version())))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("DRAFT to AWAITING_CONSENT");
        assertThatThrownBy(() -> as(() -> workflow.startEvaluation(f.staffA, draft.id(), draft.version())))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> as(() -> workflow.recordConversation(
                        f.staffA,
                        draft.id(),
                        draft.version(),
                        UUID.randomUUID(),
                        new ConversationInput(today, "Moeder", "OPP", ConsentOutcome.CONSENT, null))))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("DRAFT to ACTIVE");
        assertThatThrownBy(() -> as(() -> workflow.completeEvaluation(
                        f.staffA,
                        draft.id(),
                        draft.version(),
                        UUID.randomUUID(),
                        new EvaluationInput(today, "x", "x", "x", List.of(), EvaluationDecision.CLOSE, null))))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("DRAFT to CLOSED");

        OppPlan consult = as(() -> workflow.startConsultation(f.staffA, draft.id(), draft.version()));
        assertThatThrownBy(() -> as(() -> workflow.requestConsent(f.staffA, draft.id(), consult.version())))
                .isInstanceOf(IncompletePlanException.class)
                .satisfies(e -> assertThat(((IncompletePlanException) e).missing())
                        .contains("opp.missing.factors", "opp.missing.perspective", "opp.missing.goals"));
        assertThatThrownBy(() -> as(() -> workflow.startConsultation(f.staffA, draft.id(), consult.version())))
                .isInstanceOf(IllegalTransitionException.class);

        OppPlan full = f.completeDraft(
                plans,
                editor,
                f.pupil(pupils, f.staffA, f.schoolA, "Eva", today).id(),
                null);
        OppPlan c = as(() -> workflow.startConsultation(f.staffA, full.id(), full.version()));
        OppPlan awaiting = as(() -> workflow.requestConsent(f.staffA, full.id(), c.version()));
        assertThatThrownBy(() -> as(() -> editor.addAgreement(
                        f.staffA, full.id(), awaiting.version(), Party.SCHOOL, "Wijziging na aanvraag instemming")))
                .isInstanceOf(NotEditableException.class);
        assertThat(db.ownerQuery("select state from opp where id = '" + draft.id() + "'"))
                .containsExactly("IN_CONSULTATION");
    }

    @Test
    void sixWeekAndYearlyDeadlinesFeedTheWorklist() {
        PupilSummary late = f.pupil(pupils, f.staffA, f.schoolA, "Laat", today.minusDays(50));
        PupilSummary soon = f.pupil(pupils, f.staffA, f.schoolA, "Binnenkort", today.minusDays(60));
        PupilSummary fresh = f.pupil(pupils, f.staffA, f.schoolA, "Nieuw", today.minusDays(3));
        PupilSummary waiting = f.pupil(pupils, f.staffA, f.schoolA, "Wacht", today.minusDays(10));
        PupilSummary yearly = f.pupil(pupils, f.staffA, f.schoolA, "Jaarlijks", today.minusDays(400));

        OppPlan lateOpp = as(() -> plans.start(f.staffA, late.id(), null));
        assertThat(lateOpp.deadlines().setBy()).isEqualTo(today.minusDays(50).plusDays(42));
        OppPlan soonOpp = as(() -> plans.start(f.staffA, soon.id(), today.minusDays(35)));
        assertThat(soonOpp.deadlines().setBy()).isEqualTo(today.plusDays(7));
        as(() -> plans.start(f.staffA, fresh.id(), null));
        OppPlan w = f.completeDraft(plans, editor, waiting.id(), null);
        OppPlan wc = as(() -> workflow.startConsultation(f.staffA, w.id(), w.version()));
        as(() -> workflow.requestConsent(f.staffA, w.id(), wc.version()));
        OppPlan y = f.completeDraft(plans, editor, yearly.id(), today.minusDays(400));
        OppPlan yc = as(() -> workflow.startConsultation(f.staffA, y.id(), y.version()));
        OppPlan ya = as(() -> workflow.requestConsent(f.staffA, y.id(), yc.version()));
        OppPlan yActive = as(() -> workflow.recordConversation(
                f.staffA,
                y.id(),
                ya.version(),
                UUID.randomUUID(),
                new ConversationInput(today.minusDays(350), "Ouders, IB", "Instemming", ConsentOutcome.CONSENT, null)));
        assertThat(yActive.deadlines().nextEvaluationOn())
                .isEqualTo(today.minusDays(350).plusYears(1));
        assertThat(yActive.deadlines().setInTime()).isFalse();

        List<WorklistItem> list = as(() -> plans.worklist(f.staffA, today));
        assertThat(list)
                .extracting(i -> i.opp().pupilName() + ":" + i.reason())
                .containsExactly(
                        "Laat:LATE", "Binnenkort:DUE_SOON", "Wacht:AWAITING_CONSENT", "Jaarlijks:EVALUATION_DUE");
        assertThat(list.get(3).dueOn()).isEqualTo(today.minusDays(350).plusYears(1));
        assertThat(as(() -> plans.worklist(f.staffB, today))).isEmpty();
    }

    @Test
    void aSecondEditorWithAStaleVersionGetsAConflictAndNothingIsLost() {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Mila", today);
        OppPlan opened = as(() -> plans.start(f.staffA, pupil.id(), null));
        OppPlan openedAgain = as(() -> plans.open(f.staffA, opened.id()));

        as(() -> editor.addFactor(
                f.staffA,
                opened.id(),
                opened.version(),
                FactorKind.HINDERING,
                FactorDomain.HOME,
                "Verhuizing in de zomer"));
        assertThatThrownBy(() -> as(() -> editor.addFactor(
                        f.staffA,
                        openedAgain.id(),
                        openedAgain.version(),
                        FactorKind.HELPING,
                        FactorDomain.SCHOOL,
                        "Vaste leerkracht")))
                .isInstanceOf(OppConflictException.class);

        OppPlan reloaded = as(() -> plans.open(f.staffA, opened.id()));
        assertThat(reloaded.content().factors())
                .extracting(Factor::description)
                .containsExactly("Verhuizing in de zomer");
        assertThat(as(() -> editor.addFactor(
                                f.staffA,
                                reloaded.id(),
                                reloaded.version(),
                                FactorKind.HELPING,
                                FactorDomain.SCHOOL,
                                "Vaste leerkracht"))
                        .content()
                        .factors())
                .hasSize(2);
    }

    @Test
    void anInterruptedSaveLeavesThePreviousVersionIntact() {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Finn", today.minusWeeks(2));
        OppPlan p = f.completeDraft(plans, editor, pupil.id(), null);
        OppPlan c = as(() -> workflow.startConsultation(f.staffA, p.id(), p.version()));
        OppPlan a = as(() -> workflow.requestConsent(f.staffA, p.id(), c.version()));
        OppPlan active = as(() -> workflow.recordConversation(
                f.staffA,
                p.id(),
                a.version(),
                UUID.randomUUID(),
                new ConversationInput(today, "Ouders", "Instemming", ConsentOutcome.CONSENT, null)));
        OppPlan evaluating = as(() -> workflow.startEvaluation(f.staffA, p.id(), active.version()));
        List<GoalEvaluation> results = active.content().handelingsdeel().goals().stream()
                .map(g -> new GoalEvaluation(g.key(), GoalResult.ACHIEVED, "Gehaald"))
                .toList();

        // The evaluation row is written first, then the parents' refusal stops the save: all or nothing.
        assertThatThrownBy(() -> as(() -> workflow.completeEvaluation(
                        f.staffA,
                        p.id(),
                        evaluating.version(),
                        UUID.randomUUID(),
                        new EvaluationInput(
                                today,
                                "Ouders",
                                "Goed",
                                "Niet eens",
                                results,
                                EvaluationDecision.CONTINUE,
                                ConsentOutcome.NO_CONSENT))))
                .isInstanceOf(InvalidInput.class);

        assertThat(db.ownerQuery("select count(*) from opp_evaluation where opp_id = '" + p.id() + "'"))
                .containsExactly("0");
        OppPlan after = as(() -> plans.open(f.staffA, p.id()));
        assertThat(after.state()).isEqualTo(OppState.IN_EVALUATION);
        assertThat(after.version()).isEqualTo(evaluating.version());
        assertThat(as(() -> plans.version(f.staffA, p.id(), 1)).consentedOn()).isEqualTo(today);
    }

    @Test
    void staffOfOneSchoolCannotReachAnotherSchoolsPupilsOrPlans() {
        PupilSummary ofB = f.pupil(pupils, f.staffB, f.schoolB, "Bo", today);
        OppPlan planOfB = as(() -> plans.start(f.staffB, ofB.id(), null));

        assertThatThrownBy(() -> as(() -> plans.open(f.staffA, planOfB.id())))
                .isInstanceOf(nl.uitzicht.pupil.OutOfScopeException.class);
        assertThatThrownBy(() -> as(() -> editor.addFactor(
                        f.staffA, planOfB.id(), planOfB.version(), FactorKind.HINDERING, FactorDomain.HOME, "x")))
                .isInstanceOf(nl.uitzicht.pupil.OutOfScopeException.class);
        assertThatThrownBy(() -> as(() -> pupils.get(f.staffA, ofB.id())))
                .isInstanceOf(nl.uitzicht.pupil.OutOfScopeException.class);
        assertThatThrownBy(() -> as(() -> plans.start(f.staffA, ofB.id(), null)))
                .isInstanceOf(nl.uitzicht.pupil.OutOfScopeException.class);
        assertThatThrownBy(() -> f.pupil(pupils, f.staffA, f.schoolB, "Sneaky", today))
                .isInstanceOf(nl.uitzicht.pupil.OutOfScopeException.class);
        assertThat(as(() -> plans.list(f.staffA))).isEmpty();
        assertThat(as(() -> pupils.list(f.staffA))).isEmpty();
        assertThat(as(() -> plans.list(f.staffB)))
                .extracting(OppSummary::pupilName)
                .containsExactly("Bo");

        OppFixture other = new OppFixture(regions, schools, categories);
        UUID planId = planOfB.id();
        assertThatThrownBy(() -> TenantContext.callAs(
                        other.region,
                        () -> plans.open(
                                new nl.uitzicht.pupil.StaffScope(f.staffB.actor(), java.util.Set.of(f.schoolB)),
                                planId)))
                .isInstanceOf(nl.uitzicht.pupil.OutOfScopeException.class);
        assertThat(db.ownerQuery("select count(*) from audit_event where subject_type = 'PUPIL' and action = 'CREATE'"))
                .isNotEmpty();
    }

    @Test
    void thePdfForParentsCountsItsPagesAndItsExportIsAudited() throws Exception {
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Jip <script>", today.minusWeeks(2));
        OppPlan p = f.completeDraft(plans, editor, pupil.id(), null);
        OppDocument doc = as(() -> documents.export(f.staffA, p.id()));
        assertThat(new String(doc.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(doc.pages()).isBetween(1, 2);
        assertThat(doc.tooLong()).isFalse();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(doc.pdf())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            "Ontwikkelingsperspectiefplan",
                            "Jip <script>",
                            "Handelingsdeel",
                            "vmbo kaderberoepsgerichte leerweg",
                            "Dagelijks 20 minuten RALFI-lezen",
                            "Lezen, spelling en dyslexie");
        }
        assertThat(as(() -> audit.trailOf("OPP", p.id())))
                .extracting(AuditRecord::action)
                .contains(AuditAction.EXPORT);

        OppPlan longer = p;
        for (int i = 0; i < 100; i++) {
            OppPlan current = longer;
            longer = as(() -> editor.addFactor(
                    f.staffA,
                    current.id(),
                    current.version(),
                    FactorKind.HINDERING,
                    FactorDomain.LEARNING,
                    "Een lange beschrijving die te veel details geeft over de situatie van "
                            + "de leerling, over vele regels, zoals vaak gebeurt in te uitgebreide plannen. "
                                    .repeat(4)));
        }
        assertThat(as(() -> documents.pageCount(f.staffA, p.id()))).isGreaterThan(OppDocument.MAX_PAGES);
    }

    @Test
    void readabilityFlagsLongSentencesAndLongWords() {
        assertThat(Readability.of("Sam leest elke dag. Hij oefent met de juf. Thuis leest mama voor.")
                        .hard())
                .isFalse();
        assertThat(Readability.of("Gezien de problematiek ten aanzien van de leesvaardigheidsontwikkeling en de "
                                + "concentratieproblematiek wordt geadviseerd de ondersteuningsbehoeften multidisciplinair te "
                                + "inventariseren alvorens interventies worden geimplementeerd")
                        .hard())
                .isTrue();
    }
}
