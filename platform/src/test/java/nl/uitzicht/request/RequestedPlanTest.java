package nl.uitzicht.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.audit.AuditRecord;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.Intervention;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.opp.ParentAnswers;
import nl.uitzicht.opp.ParentNoteKind;
import nl.uitzicht.opp.RaterDossier;
import nl.uitzicht.opp.RequestedPlans;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.parent.ParentLinks;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.Callers.TestPerson;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * The plan behind a request against PostgreSQL (issue 16, ADR 0101): the case manager and the assigned experts read
 * the linked OPP version, audited as a read of the plan; an unassigned expert, another region's expert, school staff
 * (of the pupil's school or another), a policy officer, a parent and anonymous are refused. And the parents' view of
 * a request comes from what the parents wrote in the portal, with its moment, which staff cannot forge.
 */
@PlatformTest
@WithRole(system = true)
class RequestedPlanTest {

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
    OppWorkflow workflow;

    @Autowired
    ParentLinks parentLinks;

    @Autowired
    ParentAnswers parentAnswers;

    @Autowired
    SchoolRequests school;

    @Autowired
    RegionRequests region;

    @Autowired
    ExpertRequests experts;

    @Autowired
    RequestedPlans requestedPlans;

    @Autowired
    AuditLog audit;

    RequestFixture f;

    @BeforeEach
    void region() {
        f = new RequestFixture(regions, schools, categories, accounts);
    }

    private <T> T as(Supplier<T> body) {
        return f.as(body);
    }

    private <T> T asPerson(RegionCaller caller, Role role, Supplier<T> body) {
        Authentication auth = Callers.person(new TestPerson(caller.accountId(), Set.of()), role);
        return Callers.call(auth, () -> as(body));
    }

    private <T> T asStaff(StaffScope scope, Supplier<T> body) {
        return Callers.call(Callers.staff(scope), () -> as(body));
    }

    private RequestDetail submitted(OppPlan plan) {
        RequestDetail draft =
                asStaff(f.staffA, () -> school.start(f.staffA, plan.id(), RequestFixture.tlv("Is het so passend?")));
        return asStaff(f.staffA, () -> school.submit(f.staffA, draft.id(), draft.version()));
    }

    private RequestDetail assigned(RequestDetail request, RegionCaller expert) {
        return asPerson(
                f.caseManager,
                Role.CASE_MANAGER,
                () -> region.assignExpert(f.caseManager, request.id(), request.version(), expert.accountId()));
    }

    @Test
    void theCaseManagerAndTheAssignedExpertReadTheLinkedVersionAndTheReadIsAudited() {
        OppPlan plan = f.pupilWithPlan(pupils, plans, editor, "Sem de Vries");
        RequestDetail request = assigned(submitted(plan), f.expertOrtho);

        RaterDossier byManager =
                asPerson(f.caseManager, Role.CASE_MANAGER, () -> region.plan(f.caseManager, request.id()));
        assertThat(byManager.versionNo()).isEqualTo(request.oppVersionNo());
        assertThat(byManager.pseudonymised()).isFalse();
        assertThat(byManager.copy().pupilName()).isEqualTo("Sem de Vries");
        assertThat(byManager.content().handelingsdeel().goals())
                .extracting(Goal::description)
                .containsExactly("Leest vloeiend op AVI-niveau M6");
        assertThat(byManager.content().handelingsdeel().interventions())
                .filteredOn(i -> i.level() == SupportLevel.BASIC)
                .extracting(Intervention::description)
                .containsExactly("Extra leesinstructie in de groep");

        RaterDossier byExpert = asPerson(f.expertOrtho, Role.EXPERT, () -> experts.plan(f.expertOrtho, request.id()));
        assertThat(byExpert.versionNo()).isEqualTo(request.oppVersionNo());
        assertThat(byExpert.content().handelingsdeel().interventions()).hasSize(2);

        List<AuditRecord> trail = as(() -> audit.trailOf(RequestAccess.OPP_AUDIT_SUBJECT, plan.id()));
        assertThat(trail)
                .extracting(AuditRecord::actorName, AuditRecord::detail)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "Carla Casemanager",
                                "version " + request.oppVersionNo() + " for request " + request.id()
                                        + " (case manager)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Olga Orthopedagoog",
                                "version " + request.oppVersionNo() + " for request " + request.id() + " (expert)"));
    }

    @Test
    void everyoneElseIsRefusedThePlanBehindARequest() {
        OppPlan plan = f.pupilWithPlan(pupils, plans, editor, "Julia");
        RequestDetail request = assigned(submitted(plan), f.expertOrtho);
        UUID id = request.id();

        assertThatThrownBy(() -> asPerson(f.expertUnassigned, Role.EXPERT, () -> experts.plan(f.expertUnassigned, id)))
                .as("an expert the request is not assigned to")
                .isInstanceOf(OutOfScopeException.class);
        RegionCaller forged = new RegionCaller(f.expertOrtho.actor());
        assertThatThrownBy(() -> asPerson(f.expertUnassigned, Role.EXPERT, () -> experts.plan(forged, id)))
                .as("an unassigned expert handing in the assigned expert's caller")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPerson(f.expertOrtho, Role.EXPERT, () -> region.plan(f.expertOrtho, id)))
                .as("an expert is no case manager")
                .isInstanceOf(AccessDeniedException.class);

        RequestFixture other = new RequestFixture(regions, schools, categories, accounts);
        Authentication otherExpert =
                Callers.person(new TestPerson(other.expertOrtho.accountId(), Set.of()), Role.EXPERT);
        assertThatThrownBy(() -> Callers.call(otherExpert, () -> other.as(() -> experts.plan(other.expertOrtho, id))))
                .as("an expert of another region")
                .isInstanceOf(OutOfScopeException.class);
        Authentication otherManager =
                Callers.person(new TestPerson(other.caseManager.accountId(), Set.of()), Role.CASE_MANAGER);
        assertThatThrownBy(() -> Callers.call(otherManager, () -> other.as(() -> region.plan(other.caseManager, id))))
                .as("a case manager of another region")
                .isInstanceOf(OutOfScopeException.class);
        Authentication expertA = Callers.person(new TestPerson(f.expertOrtho.accountId(), Set.of()), Role.EXPERT);
        assertThatThrownBy(() -> Callers.call(expertA, () -> other.as(() -> experts.plan(f.expertOrtho, id))))
                .as("the assigned expert working in another region")
                .isInstanceOf(AccessDeniedException.class);

        RegionCaller staffAsCaller = new RegionCaller(f.staffB.actor());
        assertThatThrownBy(() -> asStaff(f.staffB, () -> region.plan(staffAsCaller, id)))
                .as("school staff of another school")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asStaff(f.staffB, () -> experts.plan(staffAsCaller, id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asStaff(f.staffB, () -> requestedPlans.version(plan.id(), request.oppVersionNo())))
                .as("the OPP module's read for handlers, called directly by staff")
                .isInstanceOf(AccessDeniedException.class);

        RegionCaller policy = new RegionCaller(f.person("Bas Beleid", Role.POLICY, Set.of()));
        Authentication policyAuth = Callers.person(new TestPerson(policy.accountId(), Set.of()), Role.POLICY);
        assertThatThrownBy(() -> Callers.call(policyAuth, () -> as(() -> region.plan(policy, id))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.call(policyAuth, () -> as(() -> experts.plan(policy, id))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.call(
                        policyAuth, () -> as(() -> requestedPlans.version(plan.id(), request.oppVersionNo()))))
                .isInstanceOf(AccessDeniedException.class);

        ParentScope parent = f.parentOf(parentLinks, plan.pupil().id(), "Petra Ouder");
        RegionCaller parentAsCaller = new RegionCaller(parent.actor());
        Authentication parentAuth = Callers.person(new TestPerson(parent.accountId(), Set.of()), Role.PARENT);
        assertThatThrownBy(() -> Callers.call(parentAuth, () -> as(() -> region.plan(parentAsCaller, id))))
                .as("the pupil's own parent")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.call(parentAuth, () -> as(() -> experts.plan(parentAsCaller, id))))
                .isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> Callers.call(Callers.anonymous(), () -> as(() -> region.plan(f.caseManager, id))))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> Callers.call(Callers.anonymous(), () -> as(() -> experts.plan(f.expertOrtho, id))))
                .isInstanceOf(RuntimeException.class);

        assertThat(as(() -> audit.trailOf(RequestAccess.OPP_AUDIT_SUBJECT, plan.id())))
                .extracting(AuditRecord::detail)
                .noneMatch(d -> d != null && d.contains("for request"));
    }

    @Test
    void aDraftsPlanIsNotTheRegionsToRead() {
        OppPlan plan = f.pupilWithPlan(pupils, plans, editor, "Ravi");
        RequestDetail draft = asStaff(f.staffA, () -> school.start(f.staffA, plan.id(), RequestFixture.tlv("Vraag")));
        assertThatThrownBy(
                        () -> asPerson(f.caseManager, Role.CASE_MANAGER, () -> region.plan(f.caseManager, draft.id())))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void theParentsViewComesFromThePortalWithItsMomentAndCannotBeForged() {
        OppPlan drafted = f.pupilWithPlan(pupils, plans, editor, "Noor");
        OppPlan plan = asStaff(f.staffA, () -> workflow.startConsultation(f.staffA, drafted.id(), drafted.version()));
        ParentScope parent = f.parentOf(parentLinks, plan.pupil().id(), "Petra Jansen");
        Authentication parentAuth = Callers.person(new TestPerson(parent.accountId(), Set.of()), Role.PARENT);

        assertThat(asStaff(f.staffA, () -> school.parentsViewFromPortal(f.staffA, plan.id())))
                .as("nothing written in the portal yet")
                .isEmpty();
        assertThatThrownBy(() -> asStaff(
                        f.staffA,
                        () -> school.start(
                                f.staffA,
                                plan.id(),
                                new RequestDraft(
                                        RequestType.TLV_SBO,
                                        null,
                                        null,
                                        "Vraag",
                                        "",
                                        "Ouders zijn het eens",
                                        ParentsViewSource.PORTAL))))
                .as("no portal view to take")
                .isInstanceOf(InvalidInput.class)
                .satisfies(
                        e -> assertThat(((InvalidInput) e).messageKey()).isEqualTo("request.validation.noPortalView"));

        Callers.call(
                parentAuth,
                () -> as(() -> parentAnswers.addNote(
                        parent, plan.id(), ParentNoteKind.VIEW, "Wij zien dat Noor vastloopt in de groep.")));
        Callers.call(
                parentAuth,
                () -> as(() ->
                        parentAnswers.addNote(parent, plan.id(), ParentNoteKind.QUESTION, "Wie betaalt het vervoer?")));

        ParentsViewFromPortal portal = asStaff(f.staffA, () -> school.parentsViewFromPortal(f.staffA, plan.id()))
                .orElseThrow();
        assertThat(portal.text())
                .startsWith("Petra Jansen, ")
                .endsWith(": Wij zien dat Noor vastloopt in de groep.")
                .doesNotContain("vervoer");
        assertThat(as(() -> audit.trailOf(RequestAccess.OPP_AUDIT_SUBJECT, plan.id())))
                .extracting(AuditRecord::detail)
                .contains("parents' view for a request");
        assertThatThrownBy(() -> asStaff(f.staffB, () -> school.parentsViewFromPortal(f.staffB, plan.id())))
                .as("staff of another school")
                .isInstanceOf(OutOfScopeException.class);

        RequestDetail prefilled = asStaff(
                f.staffA,
                () -> school.start(
                        f.staffA, plan.id(), new RequestDraft(RequestType.TLV_SBO, null, null, "Vraag", "", "", null)));
        assertThat(prefilled.parentsView()).isEqualTo(portal.text());
        assertThat(prefilled.parentsViewSource()).isEqualTo(ParentsViewSource.PORTAL);
        assertThat(prefilled.parentsViewGivenAt()).isEqualTo(portal.writtenAt());

        RequestDetail forged = asStaff(
                f.staffA,
                () -> school.update(
                        f.staffA,
                        prefilled.id(),
                        prefilled.version(),
                        new RequestDraft(
                                RequestType.TLV_SBO,
                                null,
                                null,
                                "Vraag",
                                "",
                                "Ouders zijn het helemaal eens",
                                ParentsViewSource.PORTAL)));
        assertThat(forged.parentsView())
                .as("PORTAL takes the portal's words, not what came with it")
                .isEqualTo(portal.text());

        RequestDetail recorded = asStaff(
                f.staffA,
                () -> school.update(
                        f.staffA,
                        prefilled.id(),
                        forged.version(),
                        new RequestDraft(
                                RequestType.TLV_SBO,
                                null,
                                null,
                                "Vraag",
                                "",
                                "Na het gesprek: ouders willen eerst een arrangement.",
                                ParentsViewSource.STAFF)));
        assertThat(recorded.parentsViewSource()).isEqualTo(ParentsViewSource.STAFF);
        assertThat(recorded.parentsView()).isEqualTo("Na het gesprek: ouders willen eerst een arrangement.");
        assertThat(recorded.parentsViewGivenAt()).isNull();
    }
}
