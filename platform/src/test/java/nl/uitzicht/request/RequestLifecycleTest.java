package nl.uitzicht.request;

import static nl.uitzicht.request.RequestFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.audit.AuditRecord;
import nl.uitzicht.document.Pdf;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.parent.ParentLinks;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.Callers.TestPerson;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * Requests to the region against PostgreSQL (issue 16): the lifecycle from an OPP to a decision letter, the two-expert
 * rule, the decision term, objections, optimistic locking, and the attackers: an expert on a request not assigned to
 * them, another school, another region, a policy officer, a revoked member, a parent of another child.
 */
@PlatformTest
@WithRole(system = true)
class RequestLifecycleTest {

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
    OppEditor editor;

    @Autowired
    ParentLinks parentLinks;

    @Autowired
    SchoolRequests school;

    @Autowired
    RegionRequests region;

    @Autowired
    ExpertRequests experts;

    @Autowired
    ParentRequests parents;

    @Autowired
    RequestSettings settings;

    @Autowired
    AuditLog audit;

    RequestFixture f;

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @BeforeEach
    void region() {
        f = new RequestFixture(regions, schools, categories, accounts);
    }

    private <T> T as(Supplier<T> body) {
        return f.as(body);
    }

    /** As the signed-in person the caller stands for (not the system): the CallerClaim and role checks apply. */
    private <T> T asPerson(RegionCaller caller, Role role, Supplier<T> body) {
        Authentication auth = Callers.person(new TestPerson(caller.accountId(), Set.of()), role);
        return Callers.call(auth, () -> as(body));
    }

    private <T> T asStaff(StaffScope scope, Supplier<T> body) {
        return Callers.call(Callers.staff(scope), () -> as(body));
    }

    private RequestDetail submittedTlv(String pupil) {
        OppPlan plan = f.pupilWithPlan(pupils, plans, editor, pupil);
        RequestDetail draft = asStaff(
                f.staffA,
                () -> school.start(f.staffA, plan.id(), RequestFixture.tlv("Kan " + pupil + " naar het so?")));
        return asStaff(f.staffA, () -> school.submit(f.staffA, draft.id(), draft.version()));
    }

    private RequestDetail withExperts(RequestDetail request) {
        RequestDetail one = asPerson(
                f.caseManager,
                Role.CASE_MANAGER,
                () -> region.assignExpert(f.caseManager, request.id(), request.version(), f.expertOrtho.accountId()));
        return asPerson(
                f.caseManager,
                Role.CASE_MANAGER,
                () -> region.assignExpert(f.caseManager, request.id(), one.version(), f.expertOther.accountId()));
    }

    @Test
    void aTlvGoesFromTheOppToADecisionLetterTheSchoolAndTheParentSee() {
        OppPlan plan = f.pupilWithPlan(pupils, plans, editor, "Sem de Vries");
        ParentScope parent = f.parentOf(parentLinks, plan.pupil().id(), "Petra de Vries");

        RequestDetail draft = asStaff(
                f.staffA, () -> school.start(f.staffA, plan.id(), RequestFixture.tlv("Is so cluster 4 passend?")));
        assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(draft.oppId()).isEqualTo(plan.id());
        assertThat(draft.oppVersionNo()).isEqualTo(plan.content().versionNo());
        assertThat(draft.basicSupportDone())
                .contains("Extra leesinstructie in de groep")
                .doesNotContain("ambulant");
        assertThat(draft.basicSupportCategoryIds()).containsExactly(f.category);

        AttachmentInfo attached = asStaff(f.staffA, () -> school.attach(f.staffA, draft.id(), "onderzoek.pdf", PDF));
        assertThat(asStaff(f.staffA, () -> school.attachment(f.staffA, draft.id(), attached.id())))
                .isEqualTo(PDF);
        assertThatThrownBy(() -> asStaff(
                        f.staffA,
                        () -> school.attach(
                                f.staffA, draft.id(), "nep.pdf", "<html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).messageKey()).isEqualTo("request.validation.notPdf"));
        byte[] tooLarge = new byte[RequestRules.ATTACHMENT_MAX_BYTES + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThatThrownBy(() -> asStaff(f.staffA, () -> school.attach(f.staffA, draft.id(), "groot.pdf", tooLarge)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).messageKey()).isEqualTo("request.validation.tooLarge"));

        RequestDetail current = asStaff(f.staffA, () -> school.get(f.staffA, draft.id()));
        RequestDetail submitted = asStaff(f.staffA, () -> school.submit(f.staffA, draft.id(), current.version()));
        assertThat(submitted.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(submitted.summary().submittedOn()).isEqualTo(TODAY);
        assertThat(submitted.summary().dueOn()).isEqualTo(TODAY.plusWeeks(8));
        assertThat(submitted.summary().due()).isEqualTo(DueState.IN_TIME);

        List<RequestSummary> queue =
                asPerson(f.caseManager, Role.CASE_MANAGER, () -> region.queue(f.caseManager, QueueFilter.OPEN, 0, 50));
        assertThat(queue).extracting(RequestSummary::id).containsExactly(draft.id());
        assertThat(asPerson(f.caseManager, Role.CASE_MANAGER, () -> region.count(f.caseManager, QueueFilter.OPEN)))
                .isEqualTo(1);

        RequestDetail managed = asPerson(
                f.caseManager,
                Role.CASE_MANAGER,
                () -> region.assignCaseManager(
                        f.caseManager, draft.id(), submitted.version(), f.caseManager.accountId()));
        assertThat(managed.status()).isEqualTo(RequestStatus.IN_HANDLING);
        assertThat(managed.summary().caseManagerName()).isEqualTo("Carla Casemanager");
        RequestDetail assigned = withExperts(managed);
        assertThat(assigned.experts())
                .extracting(RequestDetail.AssignedExpert::name)
                .containsExactlyInAnyOrder("Olga Orthopedagoog", "Jan Jeugdarts");

        assertThat(asPerson(f.expertOrtho, Role.EXPERT, () -> experts.assigned(f.expertOrtho, 0, 10)))
                .extracting(RequestSummary::id)
                .containsExactly(draft.id());
        asPerson(
                f.expertOrtho,
                Role.EXPERT,
                () -> experts.advise(f.expertOrtho, draft.id(), RequestFixture.advice(Discipline.ORTHOPEDAGOGUE)));
        RequestDetail seenByOther = asPerson(
                f.expertOther,
                Role.EXPERT,
                () -> experts.advise(f.expertOther, draft.id(), RequestFixture.advice(Discipline.OTHER)));
        assertThat(seenByOther.advice())
                .as("an expert sees only their own advice")
                .extracting(Advice::expertName)
                .containsExactly("Jan Jeugdarts");

        RequestDetail beforeDecision =
                asPerson(f.caseManager, Role.CASE_MANAGER, () -> region.get(f.caseManager, draft.id()));
        assertThat(beforeDecision.advice()).hasSize(2);
        RequestDetail decided = asPerson(
                f.caseManager,
                Role.CASE_MANAGER,
                () -> region.decide(f.caseManager, draft.id(), beforeDecision.version(), RequestFixture.granted()));
        assertThat(decided.status()).isEqualTo(RequestStatus.DECIDED);
        assertThat(decided.decision()).isNotNull();
        assertThat(decided.decision().objectionDeadlineOn()).isEqualTo(TODAY.plusWeeks(6));

        RequestDetail schoolSees = asStaff(f.staffA, () -> school.get(f.staffA, draft.id()));
        assertThat(schoolSees.decision().outcome()).isEqualTo(Outcome.GRANTED);
        assertThat(schoolSees.advice())
                .as("the school sees the decision, not the experts' advice")
                .isEmpty();
        String letter = Pdf.text(asStaff(f.staffA, () -> school.letter(f.staffA, draft.id())));
        assertThat(letter)
                .contains("Sem de Vries", "toegekend", "categorie midden", "bezwaar", "zes weken", "artikel 6:7");

        List<ParentDecision> parentSees = Callers.call(
                Callers.person(new TestPerson(parent.accountId(), Set.of()), Role.PARENT),
                () -> as(() -> parents.decisions(parent)));
        assertThat(parentSees).singleElement().satisfies(d -> {
            assertThat(d.requestId()).isEqualTo(draft.id());
            assertThat(d.decision().outcome()).isEqualTo(Outcome.GRANTED);
        });
        assertThat(Pdf.text(Callers.call(
                        Callers.person(new TestPerson(parent.accountId(), Set.of()), Role.PARENT),
                        () -> as(() -> parents.letter(parent, draft.id())))))
                .contains("Sem de Vries");

        List<String> trail = as(() -> audit.trailOf(RequestAccess.AUDIT_SUBJECT, draft.id())).stream()
                .map(r -> r.action() + " " + r.detail())
                .toList();
        assertThat(trail)
                .anyMatch(t -> t.startsWith("CREATE TLV_SO_VSO from OPP"))
                .anyMatch(t -> t.startsWith("UPDATE submitted"))
                .contains(
                        "UPDATE expert Olga Orthopedagoog assigned",
                        "CREATE advice ORTHOPEDAGOGUE: GRANT",
                        "UPDATE decided: GRANTED",
                        "VIEW school",
                        "VIEW parent",
                        "EXPORT decision letter");
        assertThat(as(() -> audit.trailOf(RequestAccess.AUDIT_SUBJECT, draft.id())))
                .extracting(AuditRecord::actorName)
                .contains("Ilse IB", "Carla Casemanager", "Olga Orthopedagoog", "Petra de Vries");
    }

    @Test
    void aTlvIsNotDecidedWithoutTwoExpertsOneOfThemAnOrthopedagogueOrPsychologist() {
        RequestDetail request = submittedTlv("Lotte");
        assertThatThrownBy(() -> asPerson(
                        f.caseManager,
                        Role.CASE_MANAGER,
                        () -> region.decide(f.caseManager, request.id(), request.version(), RequestFixture.granted())))
                .isInstanceOf(TwoExpertRuleException.class);

        RequestDetail assigned = withExperts(request);
        asPerson(
                f.expertOther,
                Role.EXPERT,
                () -> experts.advise(f.expertOther, request.id(), RequestFixture.advice(Discipline.OTHER)));
        RequestDetail one = asPerson(f.caseManager, Role.CASE_MANAGER, () -> region.get(f.caseManager, request.id()));
        assertThatThrownBy(() -> asPerson(
                        f.caseManager,
                        Role.CASE_MANAGER,
                        () -> region.decide(f.caseManager, request.id(), one.version(), RequestFixture.granted())))
                .as("one advice is not two")
                .isInstanceOf(TwoExpertRuleException.class);
        assertThatThrownBy(() -> asPerson(
                        f.expertOther,
                        Role.EXPERT,
                        () -> experts.advise(f.expertOther, request.id(), RequestFixture.advice(Discipline.OTHER))))
                .as("the same expert twice is not two experts")
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).messageKey()).isEqualTo("request.error.adviceGiven"));

        asPerson(
                f.expertOrtho,
                Role.EXPERT,
                () -> experts.advise(f.expertOrtho, request.id(), RequestFixture.advice(Discipline.OTHER)));
        RequestDetail twoOther =
                asPerson(f.caseManager, Role.CASE_MANAGER, () -> region.get(f.caseManager, request.id()));
        assertThatThrownBy(() -> asPerson(
                        f.caseManager,
                        Role.CASE_MANAGER,
                        () -> region.decide(f.caseManager, request.id(), twoOther.version(), RequestFixture.granted())))
                .as("two experts, but neither an orthopedagogue nor a psychologist")
                .isInstanceOf(TwoExpertRuleException.class);
        assertThat(assigned.status()).isEqualTo(RequestStatus.IN_HANDLING);
    }

    @Test
    void anArrangementNeedsNoExpertsButABudgetOrHours() {
        OppPlan plan = f.pupilWithPlan(pupils, plans, editor, "Daan");
        RequestDraft arrangement = new RequestDraft(
                RequestType.INDIVIDUAL_ARRANGEMENT,
                FundingCategory.HIGH,
                null,
                "Twee uur per week begeleiding",
                "Leesinstructie",
                "Ouders stemmen in",
                ParentsViewSource.STAFF);
        RequestDetail draft = as(() -> school.start(f.staffA, plan.id(), arrangement));
        assertThat(draft.fundingCategory())
                .as("only so/vso TLVs carry a category")
                .isNull();
        RequestDetail submitted = as(() -> school.submit(f.staffA, draft.id(), draft.version()));
        DecisionInput noAmount =
                new DecisionInput(Outcome.GRANTED, null, TODAY, TODAY.plusMonths(6), null, null, "Passend", TODAY);
        assertThatThrownBy(() -> asPerson(
                        f.caseManager,
                        Role.CASE_MANAGER,
                        () -> region.decide(f.caseManager, draft.id(), submitted.version(), noAmount)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).byField()).containsKey("budgetAmount"));
        RequestDetail decided = asPerson(
                f.caseManager,
                Role.CASE_MANAGER,
                () -> region.decide(
                        f.caseManager,
                        draft.id(),
                        submitted.version(),
                        new DecisionInput(
                                Outcome.PARTLY,
                                null,
                                TODAY,
                                TODAY.plusMonths(6),
                                new BigDecimal("4500.00"),
                                new BigDecimal("40"),
                                "Twee uur is veel; één uur per week volstaat.",
                                TODAY)));
        assertThat(decided.decision().budgetAmount()).isEqualByComparingTo("4500");
        assertThat(decided.decision().hours()).isEqualByComparingTo("40");
    }

    @Test
    void theDecisionTermIsTheRegionsAndSubmittingNeedsWhatTheRegionNeeds() {
        DecisionTerm term = as(settings::term);
        assertThat(term.weeks()).isEqualTo(RequestTerms.DEFAULT_DECISION_TERM_WEEKS);
        assertThatThrownBy(() -> as(() -> settings.setTerm(f.caseManager.actor(), term.version(), 27)))
                .isInstanceOf(InvalidInput.class);
        DecisionTerm six = as(() -> settings.setTerm(f.caseManager.actor(), term.version(), 6));
        assertThatThrownBy(() -> as(() -> settings.setTerm(f.caseManager.actor(), term.version() + 5, 10)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(six.weeks()).isEqualTo(6);

        OppPlan plan = f.pupilWithPlan(pupils, plans, editor, "Fenna");
        RequestDetail empty = as(() -> school.start(
                f.staffA, plan.id(), new RequestDraft(RequestType.TLV_SO_VSO, null, null, "", "", "", null)));
        assertThatThrownBy(() -> as(() -> school.submit(f.staffA, empty.id(), empty.version())))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).byField())
                        .containsKeys("question", "parentsView", "fundingCategory"));
        RequestDraft answered = RequestFixture.tlv("Vraag");
        RequestDetail filled = as(() -> school.update(
                f.staffA,
                empty.id(),
                empty.version(),
                new RequestDraft(
                        answered.type(),
                        answered.fundingCategory(),
                        null,
                        answered.question(),
                        empty.basicSupportDone(),
                        answered.parentsView(),
                        answered.parentsViewSource())));
        RequestDetail submitted = as(() -> school.submit(f.staffA, empty.id(), filled.version()));
        assertThat(submitted.summary().dueOn()).isEqualTo(TODAY.plusWeeks(6));
        assertThat(DueState.of(RequestStatus.SUBMITTED, TODAY.plusDays(3), TODAY))
                .isEqualTo(DueState.DUE_SOON);
        assertThat(DueState.of(RequestStatus.IN_HANDLING, TODAY.minusDays(1), TODAY))
                .isEqualTo(DueState.OVERDUE);
        assertThat(DueState.of(RequestStatus.DECIDED, TODAY.minusDays(1), TODAY))
                .isEqualTo(DueState.NONE);
    }

    @Test
    void twoPeopleChangingTheSameRequestGetAConflict() {
        RequestDetail request = submittedTlv("Mila");
        asPerson(
                f.caseManager,
                Role.CASE_MANAGER,
                () -> region.assignExpert(f.caseManager, request.id(), request.version(), f.expertOrtho.accountId()));
        assertThatThrownBy(() -> asPerson(
                        f.caseManager,
                        Role.CASE_MANAGER,
                        () -> region.assignExpert(
                                f.caseManager, request.id(), request.version(), f.expertOther.accountId())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void onlyASubmittedUndecidedRequestIsWithdrawnAndThenLeavesTheQueue() {
        OppPlan plan = f.pupilWithPlan(pupils, plans, editor, "Ravi");
        RequestDetail draft = as(() -> school.start(f.staffA, plan.id(), RequestFixture.tlv("Vraag")));
        assertThatThrownBy(() -> as(() -> school.withdraw(f.staffA, draft.id(), draft.version())))
                .isInstanceOf(InvalidInput.class);
        RequestDetail submitted = as(() -> school.submit(f.staffA, draft.id(), draft.version()));
        RequestDetail withdrawn = as(() -> school.withdraw(f.staffA, draft.id(), submitted.version()));
        assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(asPerson(
                        f.caseManager, Role.CASE_MANAGER, () -> region.queue(f.caseManager, QueueFilter.OPEN, 0, 50)))
                .extracting(RequestSummary::id)
                .doesNotContain(draft.id());
        assertThatThrownBy(() -> as(() -> school.withdraw(f.staffA, draft.id(), withdrawn.version())))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void objectionsAreRegisteredWithTheirOwnDeadlineAndOutcome() {
        RequestDetail request = withExperts(submittedTlv("Noah"));
        asPerson(
                f.expertOrtho,
                Role.EXPERT,
                () -> experts.advise(f.expertOrtho, request.id(), RequestFixture.advice(Discipline.PSYCHOLOGIST)));
        asPerson(
                f.expertOther,
                Role.EXPERT,
                () -> experts.advise(f.expertOther, request.id(), RequestFixture.advice(Discipline.OTHER)));
        RequestDetail before =
                asPerson(f.caseManager, Role.CASE_MANAGER, () -> region.get(f.caseManager, request.id()));
        assertThatThrownBy(() -> asPerson(
                        f.caseManager,
                        Role.CASE_MANAGER,
                        () -> region.registerObjection(
                                f.caseManager, request.id(), new ObjectionInput(TODAY, "Ouders", "Te laag"))))
                .as("no objection before a decision")
                .isInstanceOf(InvalidInput.class);
        asPerson(
                f.caseManager,
                Role.CASE_MANAGER,
                () -> region.decide(
                        f.caseManager,
                        request.id(),
                        before.version(),
                        new DecisionInput(Outcome.REFUSED, null, null, null, null, null, "Niet passend.", TODAY)));

        assertThatThrownBy(() -> asPerson(
                        f.caseManager,
                        Role.CASE_MANAGER,
                        () -> region.registerObjection(
                                f.caseManager, request.id(), new ObjectionInput(TODAY.plusDays(1), "", ""))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).byField()).containsKeys("receivedOn", "lodgedBy"));
        Objection objection = asPerson(
                f.caseManager,
                Role.CASE_MANAGER,
                () -> region.registerObjection(
                        f.caseManager,
                        request.id(),
                        new ObjectionInput(TODAY, "Ouders van Noah", "De deskundigen zagen de thuissituatie niet.")));
        assertThat(objection.deadlineOn()).isEqualTo(TODAY.plusWeeks(6));
        assertThat(objection.outcome()).isNull();

        Objection decided = asPerson(
                f.caseManager,
                Role.CASE_MANAGER,
                () -> region.decideObjection(
                        f.caseManager,
                        objection.id(),
                        objection.version(),
                        ObjectionOutcome.UPHELD,
                        "Nieuw besluit volgt.",
                        TODAY));
        assertThat(decided.outcome()).isEqualTo(ObjectionOutcome.UPHELD);
        assertThatThrownBy(() -> asPerson(
                        f.caseManager,
                        Role.CASE_MANAGER,
                        () -> region.decideObjection(
                                f.caseManager,
                                objection.id(),
                                objection.version(),
                                ObjectionOutcome.DISMISSED,
                                "Toch niet",
                                TODAY)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(asPerson(f.caseManager, Role.CASE_MANAGER, () -> region.get(f.caseManager, request.id()))
                        .objections())
                .singleElement()
                .satisfies(o -> assertThat(o.outcome()).isEqualTo(ObjectionOutcome.UPHELD));
    }

    @Test
    void anExpertReadsOnlyTheRequestsAssignedToThem() {
        RequestDetail request = withExperts(submittedTlv("Julia"));
        assertThatThrownBy(() ->
                        asPerson(f.expertUnassigned, Role.EXPERT, () -> experts.get(f.expertUnassigned, request.id())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asPerson(
                        f.expertUnassigned,
                        Role.EXPERT,
                        () -> experts.advise(
                                f.expertUnassigned, request.id(), RequestFixture.advice(Discipline.PSYCHOLOGIST))))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(asPerson(f.expertUnassigned, Role.EXPERT, () -> experts.assigned(f.expertUnassigned, 0, 10)))
                .isEmpty();
        assertThatThrownBy(() -> asPerson(f.expertOrtho, Role.EXPERT, () -> region.get(f.expertOrtho, request.id())))
                .as("an expert is no case manager")
                .isInstanceOf(AccessDeniedException.class);
        RegionCaller forged = new RegionCaller(f.expertOrtho.actor());
        assertThatThrownBy(() -> asPerson(f.expertUnassigned, Role.EXPERT, () -> experts.get(forged, request.id())))
                .as("another expert's caller value is refused")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asPerson(f.expertOrtho, Role.EXPERT, () -> experts.get(f.expertOrtho, request.id()))
                        .id())
                .isEqualTo(request.id());
    }

    @Test
    void aSchoolSeesOnlyItsOwnSchoolsRequests() {
        RequestDetail request = submittedTlv("Sara");
        assertThatThrownBy(() -> asStaff(f.staffB, () -> school.get(f.staffB, request.id())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asStaff(f.staffB, () -> school.letter(f.staffB, request.id())))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(asStaff(f.staffB, () -> school.page(f.staffB, 0, 50))).isEmpty();
        assertThat(asStaff(f.staffB, () -> school.count(f.staffB))).isZero();
        assertThat(asStaff(f.staffA, () -> school.page(f.staffA, 0, 50)))
                .extracting(RequestSummary::id)
                .containsExactly(request.id());
        StaffScope claimsA = new StaffScope(f.staffB.actor(), Set.of(f.schoolA));
        assertThatThrownBy(() -> asStaff(f.staffB, () -> school.get(claimsA, request.id())))
                .as("staff of B claiming school A")
                .isInstanceOf(AccessDeniedException.class);
        OppPlan plan = f.pupilWithPlan(pupils, plans, editor, "Tim");
        assertThatThrownBy(
                        () -> asStaff(f.staffB, () -> school.start(f.staffB, plan.id(), RequestFixture.tlv("Vraag"))))
                .as("a request from another school's OPP")
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void anotherRegionSeesNothingAndAPolicyOfficerReadsNoRequest() {
        RequestDetail request = submittedTlv("Ties");
        RequestFixture other = new RequestFixture(regions, schools, categories, accounts);
        assertThatThrownBy(() -> Callers.call(
                        Callers.person(new TestPerson(other.caseManager.accountId(), Set.of()), Role.CASE_MANAGER),
                        () -> other.as(() -> region.get(other.caseManager, request.id()))))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(Callers.call(
                        Callers.person(new TestPerson(other.caseManager.accountId(), Set.of()), Role.CASE_MANAGER),
                        () -> other.as(() -> region.queue(other.caseManager, QueueFilter.ALL, 0, 50))))
                .isEmpty();
        assertThatThrownBy(() -> Callers.call(
                        Callers.person(new TestPerson(f.caseManager.accountId(), Set.of()), Role.CASE_MANAGER),
                        () -> other.as(() -> region.get(f.caseManager, request.id()))))
                .as("a case manager of region A working in region B")
                .isInstanceOf(AccessDeniedException.class);

        RegionCaller policy = new RegionCaller(f.person("Bas Beleid", Role.POLICY, Set.of()));
        Authentication policyAuth = Callers.person(new TestPerson(policy.accountId(), Set.of()), Role.POLICY);
        assertThatThrownBy(() -> Callers.call(policyAuth, () -> as(() -> region.get(policy, request.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.call(policyAuth, () -> as(() -> experts.get(policy, request.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.call(policyAuth, () -> as(() -> region.queue(policy, QueueFilter.ALL, 0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.call(Callers.anonymous(), () -> as(() -> region.get(policy, request.id()))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aRevokedCaseManagerOrExpertIsRefusedAtOnce() {
        RequestDetail request = withExperts(submittedTlv("Vera"));
        as(() -> accounts.removeFromRegion(f.caseManager.accountId(), f.region));
        as(() -> accounts.removeFromRegion(f.expertOrtho.accountId(), f.region));
        assertThatThrownBy(
                        () -> asPerson(f.caseManager, Role.CASE_MANAGER, () -> region.get(f.caseManager, request.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPerson(f.expertOrtho, Role.EXPERT, () -> experts.get(f.expertOrtho, request.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asPerson(f.expertOther, Role.EXPERT, () -> experts.get(f.expertOther, request.id()))
                        .id())
                .isEqualTo(request.id());
    }

    @Test
    void aParentSeesOnlyDecisionsAboutTheirOwnChild() {
        RequestDetail request = submittedTlv("Bram");
        OppPlan otherPlan = f.pupilWithPlan(pupils, plans, editor, "Anna");
        ParentScope otherParent = f.parentOf(parentLinks, otherPlan.pupil().id(), "Ouder van Anna");
        Authentication auth = Callers.person(new TestPerson(otherParent.accountId(), Set.of()), Role.PARENT);
        assertThat(Callers.call(auth, () -> as(() -> parents.decisions(otherParent))))
                .isEmpty();
        assertThatThrownBy(() -> Callers.call(auth, () -> as(() -> parents.letter(otherParent, request.id()))))
                .isInstanceOf(OutOfScopeException.class);
        UUID nobody = UUID.randomUUID();
        assertThatThrownBy(() -> Callers.call(auth, () -> as(() -> parents.letter(otherParent, nobody))))
                .isInstanceOf(OutOfScopeException.class);
        TenantContext.clear();
    }
}
