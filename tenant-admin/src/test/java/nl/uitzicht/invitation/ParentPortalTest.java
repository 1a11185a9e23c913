package nl.uitzicht.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.TenantAdminTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.audit.AuditRecord;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.Role;
import nl.uitzicht.identity.SecondFactors;
import nl.uitzicht.invitation.ParentInvitations.IssuedParentInvitation;
import nl.uitzicht.opp.ConsentOutcome;
import nl.uitzicht.opp.ConversationInput;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.Factor;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.opp.ParentAnswers;
import nl.uitzicht.opp.ParentConsent;
import nl.uitzicht.opp.ParentConsentOutcome;
import nl.uitzicht.opp.ParentCopies;
import nl.uitzicht.opp.ParentCopy;
import nl.uitzicht.opp.ParentNoteKind;
import nl.uitzicht.opp.ParentVoices;
import nl.uitzicht.opp.Party;
import nl.uitzicht.opp.Performer;
import nl.uitzicht.opp.PupilCopy;
import nl.uitzicht.opp.PupilOwnPlans;
import nl.uitzicht.opp.PupilWord;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.parent.OwnPlanAccess;
import nl.uitzicht.parent.OwnPlanStatus;
import nl.uitzicht.parent.ParentAccess;
import nl.uitzicht.parent.ParentChild;
import nl.uitzicht.parent.ParentLinkStatus;
import nl.uitzicht.parent.ParentLinks;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.AuthenticatorApp;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.Callers.TestPerson;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.UniqueFixtures;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * Parents as users, on the real stack (issue 15, ADR 0079): a parent reads their own child's plan and
 * nothing else (not another pupil, not by guessing ids, not another region's), staff of another school
 * cannot invite or revoke, a revoked parent loses the pupil and the region at once, activation needs the
 * app's code, and a parent's answer on the handelingsdeel holds only for the content it was given for.
 */
@TenantAdminTest
class ParentPortalTest {

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
    ParentInvitations invitations;

    @Autowired
    InvitationAcceptance staffAcceptance;

    @Autowired
    ParentLinks links;

    @Autowired
    ParentCopies copies;

    @Autowired
    ParentAnswers answers;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    OwnPlanAccess ownPlans;

    @Autowired
    PupilOwnPlans pupilPlans;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    UUID region;
    UUID schoolA;
    UUID schoolB;
    UUID category;
    StaffScope staffA;
    StaffScope staffB;
    UUID child;
    UUID otherPupil;
    OppPlan plan;
    OppPlan otherPlan;

    @BeforeEach
    void aRegionWithTwoSchools() {
        region = UniqueFixtures.region(regions, "Ouders", Sector.PO);
        Callers.run(
                Callers.system(),
                () -> TenantContext.runAs(region, () -> {
                    schoolA = schools.register("21AA", "00", "De Regenboog", SchoolType.BAO, null, 200)
                            .id();
                    schoolB = schools.register("21BB", "00", "Het Anker", SchoolType.BAO, null, 100)
                            .id();
                    categories.installDefaults();
                    category = categories.active().stream()
                            .map(SupportCategory::id)
                            .findFirst()
                            .orElseThrow();
                }));
        staffA = new StaffScope(new Actor(UUID.randomUUID(), "Ilse IB"), Set.of(schoolA));
        staffB = new StaffScope(new Actor(UUID.randomUUID(), "Bert IB"), Set.of(schoolB));
        child = asStaff(staffA, () -> pupils.register(staffA, schoolA, pupil("Sam")))
                .id();
        otherPupil = asStaff(staffA, () -> pupils.register(staffA, schoolA, pupil("Noor")))
                .id();
        plan = awaitingConsent(child);
        otherPlan = awaitingConsent(otherPupil);
    }

    @AfterEach
    void signOut() {
        Callers.signOut();
        TenantContext.clear();
    }

    @Test
    void aParentReadsTheirChildsPlanAndNoOtherPupilsByIdOrByGuessing() {
        UUID parent = activatedParent(staffA, child);
        ParentScope scope = scopeOf(parent);

        assertThat(asParent(parent, () -> links.children(scope)))
                .extracting(ParentChild::pupilId)
                .containsExactly(child);
        ParentCopy copy = asParent(parent, () -> copies.plan(scope, child)).orElseThrow();
        assertThat(copy.oppId()).isEqualTo(plan.id());
        assertThat(copy.content().handelingsdeel().goals()).hasSize(1);
        assertThat(copy.asksForAnswer()).isTrue();

        // another pupil of the same school: by its pupil id, its plan id, or a guessed id
        assertThatThrownBy(() -> asParent(parent, () -> copies.plan(scope, otherPupil)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asParent(parent, () -> copies.version(scope, otherPupil, 1)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asParent(parent, () -> copies.plan(scope, UUID.randomUUID())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asParent(
                        parent, () -> answers.addNote(scope, otherPlan.id(), ParentNoteKind.QUESTION, "Hoe gaat het?")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asParent(
                        parent, () -> answers.answer(scope, otherPlan.id(), 1, "x", ParentConsentOutcome.CONSENT, "")))
                .isInstanceOf(OutOfScopeException.class);
        // the plan id in place of the pupil id does not open anything either
        assertThatThrownBy(() -> asParent(parent, () -> copies.plan(scope, plan.id())))
                .isInstanceOf(OutOfScopeException.class);
        // a scope in another parent's name is refused before the service runs
        UUID otherParent = activatedParent(staffA, otherPupil);
        assertThatThrownBy(() -> asParent(parent, () -> copies.plan(scopeOf(otherParent), otherPupil)))
                .isInstanceOf(AccessDeniedException.class);
        // and a parent is no staff member: the staff services refuse the role
        assertThatThrownBy(() -> asParent(parent, () -> plans.open(staffA, plan.id())))
                .isInstanceOf(AccessDeniedException.class);

        // every read is in the plan's audit trail, in the parent's name
        List<AuditRecord> trail = Callers.call(
                Callers.system(), () -> TenantContext.callAs(region, () -> audit.trailOf("OPP", plan.id())));
        assertThat(trail).anyMatch(r -> "Ouder van Sam".equals(r.actorName()) && "parent: plan".equals(r.detail()));
    }

    @Test
    void anotherRegionsParentCannotReadThisRegionsPupil() {
        UUID regionB = UniqueFixtures.region(regions, "Andere regio", Sector.PO);
        UUID schoolOfB = Callers.call(
                Callers.system(),
                () -> TenantContext.callAs(
                        regionB,
                        () -> schools.register("31CC", "00", "De Klimop", SchoolType.BAO, null, 80)
                                .id()));
        StaffScope staffOfB = new StaffScope(new Actor(UUID.randomUUID(), "Karin IB"), Set.of(schoolOfB));
        UUID pupilOfB = Callers.call(
                Callers.staff(staffOfB),
                () -> TenantContext.callAs(
                        regionB,
                        () -> pupils.register(staffOfB, schoolOfB, pupil("Ravi"))
                                .id()));
        UUID parentOfB = activatedParent(regionB, staffOfB, pupilOfB);
        ParentScope scope = scopeOf(parentOfB);

        // in their own region they do not see this region's child; with this region bound they have no link
        assertThatThrownBy(() -> Callers.call(
                        parentCaller(parentOfB), () -> TenantContext.callAs(regionB, () -> copies.plan(scope, child))))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asParent(parentOfB, () -> copies.plan(scope, child)))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(asParent(parentOfB, () -> links.children(scope))).isEmpty();
    }

    @Test
    void staffOfAnotherSchoolCannotInviteOrRevokeForThisPupil() {
        assertThatThrownBy(() -> asStaff(
                        staffB,
                        () -> invitations.invite(
                                staffB, child, Unique.email("ouder"), "Ouder", "https://uitzicht.test")))
                .isInstanceOf(OutOfScopeException.class);
        StaffScope forged = new StaffScope(staffB.actor(), Set.of(schoolA));
        assertThatThrownBy(() -> asStaff(
                        staffB,
                        () -> invitations.invite(
                                forged, child, Unique.email("ouder"), "Ouder", "https://uitzicht.test")))
                .isInstanceOf(AccessDeniedException.class);
        UUID parent = activatedParent(staffA, child);
        ParentAccess access =
                asStaff(staffA, () -> links.ofPupil(staffA, child)).getFirst();
        assertThatThrownBy(() -> asStaff(staffB, () -> links.revoke(staffB, access.id(), access.version())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asStaff(staffB, () -> links.ofPupil(staffB, child)))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(asParent(parent, () -> copies.plan(scopeOf(parent), child))).isPresent();
    }

    @Test
    void aRevokedParentLosesThePupilAndWithoutAnotherChildTheRegion() {
        UUID parent = activatedParent(staffA, child);
        long versionBefore = accounts_accessVersion(parent);
        ParentAccess access =
                asStaff(staffA, () -> links.ofPupil(staffA, child)).getFirst();
        assertThat(access.status()).isEqualTo(ParentLinkStatus.ACTIVE);

        asStaff(staffA, () -> links.revoke(staffA, access.id(), access.version()));

        assertThatThrownBy(() -> asParent(parent, () -> copies.plan(scopeOf(parent), child)))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(accounts_accessVersion(parent)).isGreaterThan(versionBefore); // open sessions re-check
        assertThat(Callers.call(Callers.system(), () -> accounts.membershipIn(parent, region)))
                .isEmpty();
        assertThat(asStaff(staffA, () -> links.ofPupil(staffA, child))
                        .getFirst()
                        .status())
                .isEqualTo(ParentLinkStatus.REVOKED);
    }

    @Test
    void activationNeedsTheAppsCodeAndTheLinkIsNotAStaffInvitation() {
        String email = Unique.email("ouder");
        IssuedParentInvitation issued =
                asStaff(staffA, () -> invitations.invite(staffA, child, email, "Petra Ouder", "https://uitzicht.test"));
        String token = tokenOf(issued);
        // the staff invitation page does not take a parent's link (it would skip the second factor)
        assertThat(Callers.call(Callers.anonymous(), () -> staffAcceptance.landing(token))
                        .usable())
                .isFalse();
        assertThatThrownBy(() -> Callers.call(
                        Callers.anonymous(), () -> staffAcceptance.acceptWithPassword(token, PASSWORD, PASSWORD)))
                .isInstanceOf(InvitationException.class);

        String secret = Callers.call(Callers.anonymous(), () -> secondFactors.newEnrolmentFor(email))
                .secret();
        assertThatThrownBy(() -> Callers.call(
                        Callers.anonymous(),
                        () -> invitations.activate(token, PASSWORD, PASSWORD, secret, "000000", "10.0.0.1")))
                .isInstanceOf(InvalidInput.class);
        // nothing was left behind: no account without a second factor
        assertThat(Callers.call(Callers.system(), () -> accounts.findByEmail(email)))
                .isEmpty();

        Callers.call(
                Callers.anonymous(),
                () -> invitations.activate(
                        token, PASSWORD, PASSWORD, secret, AuthenticatorApp.code(secret), "10.0.0.1"));
        AccountSummary account = Callers.call(Callers.system(), () -> accounts.findByEmail(email))
                .orElseThrow();
        assertThat(secondFactors.isEnabled(account.id())).isTrue();
        assertThat(secondFactors.isRequired(account.id())).isTrue();
        // used up
        assertThat(Callers.call(Callers.anonymous(), () -> invitations.landing(token))
                        .usable())
                .isFalse();
    }

    @Test
    void withoutAMailServerCodesByMailAreNotOfferedAtActivation() {
        String email = Unique.email("ouder");
        IssuedParentInvitation issued =
                asStaff(staffA, () -> invitations.invite(staffA, child, email, "Mila Ouder", "https://uitzicht.test"));
        String token = tokenOf(issued);
        assertThat(Callers.call(Callers.anonymous(), () -> invitations.landing(token))
                        .mailCodesOffered())
                .isFalse();
        assertThatThrownBy(() -> Callers.call(
                        Callers.anonymous(),
                        () -> invitations.activateWithMailCodes(token, PASSWORD, PASSWORD, "10.0.0.1")))
                .isInstanceOf(InvitationException.class);
        assertThat(Callers.call(Callers.system(), () -> accounts.findByEmail(email)))
                .isEmpty();
        assertThat(Callers.call(Callers.anonymous(), () -> invitations.landing(token))
                        .usable())
                .isTrue();
    }

    @Test
    void aParentWithCodesByMailAddsAChildWithTheirPasswordTheLinkProvingTheMailbox() {
        String email = Unique.email("mailouder");
        UUID account = Callers.call(Callers.system(), () -> accounts.createAccount(email, "Mila Ouder", PASSWORD))
                .id();
        // the state MailCodes.enable leaves (it needs a mail server, which this context has not; ADR 0088)
        jdbc.update("INSERT INTO account_mail_code (account_id, enabled_at) VALUES (?, now())", account);
        IssuedParentInvitation issued = asStaff(
                staffA, () -> invitations.invite(staffA, otherPupil, email, "Mila Ouder", "https://uitzicht.test"));
        String token = tokenOf(issued);
        ParentActivationLanding landing = Callers.call(Callers.anonymous(), () -> invitations.landing(token));
        assertThat(landing.existingMailCodes()).isTrue();
        assertThat(landing.existingSecondFactor()).isTrue();
        assertThatThrownBy(() -> Callers.call(
                        Callers.anonymous(),
                        () -> invitations.activateExisting(token, "Verkeerd-Wachtwoord-1", null, "", "10.0.0.1")))
                .isInstanceOf(InvalidInput.class);
        assertThat(Callers.call(
                        Callers.anonymous(), () -> invitations.activateExisting(token, PASSWORD, null, "", "10.0.0.1")))
                .isEqualTo(email);
        assertThat(secondFactors.isRequired(account)).isTrue();
        assertThat(secondFactors.isEnabled(account)).isTrue();
    }

    @Test
    void atMostTwoParentsPerPupil() {
        activatedParent(staffA, child);
        asStaff(
                staffA,
                () -> invitations.invite(staffA, child, Unique.email("ouder"), "Tweede", "https://uitzicht.test"));
        assertThatThrownBy(() -> asStaff(
                        staffA,
                        () -> invitations.invite(
                                staffA, child, Unique.email("ouder"), "Derde", "https://uitzicht.test")))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void anAnswerHoldsOnlyForTheHandelingsdeelItWasGivenFor() {
        UUID parent = activatedParent(staffA, child);
        ParentScope scope = scopeOf(parent);
        ParentCopy read = asParent(parent, () -> copies.plan(scope, child)).orElseThrow();
        asParent(parent, () -> answers.addNote(scope, read.oppId(), ParentNoteKind.QUESTION, "Mag Sam op de laptop?"));
        ParentConsent given = asParent(
                parent,
                () -> answers.answer(
                        scope,
                        read.oppId(),
                        read.content().versionNo(),
                        read.handelingsdeelHash(),
                        ParentConsentOutcome.CONSENT,
                        ""));
        assertThat(given.current()).isTrue();
        assertThat(asParent(parent, () -> copies.plan(scope, child))
                        .orElseThrow()
                        .asksForAnswer())
                .isFalse();
        ParentVoices seen = asStaff(staffA, () -> answers.ofPlan(staffA, plan.id()));
        assertThat(seen.consents()).singleElement().satisfies(c -> {
            assertThat(c.current()).isTrue();
            assertThat(c.parentName()).isEqualTo("Ouder van Sam");
        });
        assertThat(seen.notes())
                .singleElement()
                .satisfies(n -> assertThat(n.body()).contains("laptop"));

        // the school talks again and changes the handelingsdeel: the answer no longer holds, the parent is asked again
        asStaff(staffA, () -> {
            OppPlan p = plans.open(staffA, plan.id());
            p = workflow.recordConversation(
                    staffA,
                    p.id(),
                    p.version(),
                    UUID.randomUUID(),
                    new ConversationInput(
                            LocalDate.now(),
                            "Ouders, IB",
                            "Nog niet eens",
                            ConsentOutcome.NO_CONSENT,
                            "Meer leestijd op school"));
            p = editor.addAgreement(staffA, p.id(), p.version(), Party.SCHOOL, "Extra leestijd op school.");
            return workflow.requestConsent(staffA, p.id(), p.version());
        });
        ParentCopy again = asParent(parent, () -> copies.plan(scope, child)).orElseThrow();
        assertThat(again.handelingsdeelHash()).isNotEqualTo(read.handelingsdeelHash());
        assertThat(again.myAnswer()).isNotNull();
        assertThat(again.myAnswer().current()).isFalse();
        assertThat(again.asksForAnswer()).isTrue();
        assertThat(asStaff(staffA, () -> answers.ofPlan(staffA, plan.id()))
                        .consents()
                        .getFirst()
                        .current())
                .isFalse();
        // an answer on the content read before the change is refused
        assertThatThrownBy(() -> asParent(
                        parent,
                        () -> answers.answer(
                                scope,
                                read.oppId(),
                                read.content().versionNo(),
                                read.handelingsdeelHash(),
                                ParentConsentOutcome.CONSENT,
                                "")))
                .isInstanceOf(InvalidInput.class);
        // disagreeing needs a reason; with one it holds for the new content, and can be withdrawn
        assertThatThrownBy(() -> asParent(
                        parent,
                        () -> answers.answer(
                                scope,
                                again.oppId(),
                                again.content().versionNo(),
                                again.handelingsdeelHash(),
                                ParentConsentOutcome.NO_CONSENT,
                                " ")))
                .isInstanceOf(InvalidInput.class);
        ParentConsent disagreed = asParent(
                parent,
                () -> answers.answer(
                        scope,
                        again.oppId(),
                        again.content().versionNo(),
                        again.handelingsdeelHash(),
                        ParentConsentOutcome.NO_CONSENT,
                        "Te weinig tijd voor lezen."));
        assertThat(disagreed.current()).isTrue();
        ParentConsent withdrawn = asParent(parent, () -> answers.withdraw(scope, disagreed.id()));
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.current()).isFalse();
    }

    // --- the pupil's own plan on a parent's account ("mijn plan", ADR 0087) ---

    @Test
    void aPupilSeesOnlyTheirOwnPlanAndOnlyOnceTheSchoolLetsThemIn() {
        UUID parent = activatedParent(staffA, child);
        ParentScope scope = scopeOf(parent);
        // closed until the school opens it: by the page's service and by the permission check itself
        assertThat(asParent(parent, () -> ownPlans.isOpen(scope, child))).isFalse();
        assertThatThrownBy(() -> asParent(parent, () -> pupilPlans.plan(scope, child)))
                .isInstanceOf(OutOfScopeException.class);

        letIn(child);
        letIn(otherPupil);
        PupilCopy mine = asParent(parent, () -> pupilPlans.plan(scope, child)).orElseThrow();
        assertThat(mine.oppId()).isEqualTo(plan.id());
        assertThat(mine.goodAt()).containsExactly("Is gemotiveerd.");
        assertThat(mine.goals()).extracting(PupilCopy.MyGoal::description).containsExactly("Leest op AVI M6");
        assertThat(mine.helps())
                .extracting(PupilCopy.MyHelp::description)
                .containsExactly("Dagelijks 20 minuten lezen");
        assertThat(mine.helps().getFirst().performer()).isEqualTo(Performer.TEACHER);

        // another pupil (let in too, but not this parent's child): by URL id, plan id, guessed id, API call
        assertThatThrownBy(() -> asParent(parent, () -> pupilPlans.plan(scope, otherPupil)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asParent(parent, () -> pupilPlans.plan(scope, UUID.randomUUID())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asParent(parent, () -> pupilPlans.plan(scope, plan.id())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asParent(parent, () -> pupilPlans.addView(scope, otherPlan.id(), "Hallo")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asParent(parent, () -> pupilPlans.addView(scope, UUID.randomUUID(), "Hallo")))
                .isInstanceOf(OutOfScopeException.class);
        UUID otherGoal = otherPlan.content().handelingsdeel().goals().getFirst().key();
        assertThatThrownBy(() -> asParent(parent, () -> pupilPlans.addGoalWords(scope, plan.id(), otherGoal, "x")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asParent(parent, () -> ownPlans.isOpen(scope, otherPupil)))
                .isInstanceOf(OutOfScopeException.class);
        // a scope in another parent's name, and the staff side of the switch, are refused before they run
        UUID otherParent = activatedParent(staffA, otherPupil);
        assertThatThrownBy(() -> asParent(parent, () -> pupilPlans.plan(scopeOf(otherParent), otherPupil)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asParent(parent, () -> ownPlans.set(staffA, child, false, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asParent(parent, () -> pupilPlans.ofPlan(staffA, plan.id())))
                .isInstanceOf(AccessDeniedException.class);

        // every read is in the plan's audit trail, marked as the pupil's; the switch in the pupil's
        List<AuditRecord> trail = Callers.call(
                Callers.system(), () -> TenantContext.callAs(region, () -> audit.trailOf("OPP", plan.id())));
        assertThat(trail).anyMatch(r -> "Ouder van Sam".equals(r.actorName()) && "pupil: own plan".equals(r.detail()));
        List<AuditRecord> pupilTrail =
                Callers.call(Callers.system(), () -> TenantContext.callAs(region, () -> audit.trailOf("PUPIL", child)));
        assertThat(pupilTrail).anyMatch(r -> "own plan: pupil let in".equals(r.detail()));
    }

    @Test
    void whatThePupilSaysLandsInThePlanForStaffAsTheirsAndUnchanged() {
        UUID parent = activatedParent(staffA, child);
        ParentScope scope = scopeOf(parent);
        letIn(child);
        UUID goal = plan.content().handelingsdeel().goals().getFirst().key();

        assertThatThrownBy(() -> asParent(parent, () -> pupilPlans.addView(scope, plan.id(), "  ")))
                .isInstanceOf(InvalidInput.class);
        asParent(parent, () -> pupilPlans.addView(scope, plan.id(), "Lezen gaat beter als het stil is."));
        asParent(parent, () -> pupilPlans.addGoalWords(scope, plan.id(), goal, "Ik wil boeken over dieren lezen."));

        PupilCopy mine = asParent(parent, () -> pupilPlans.plan(scope, child)).orElseThrow();
        assertThat(mine.goals().getFirst().myWords()).isEqualTo("Ik wil boeken over dieren lezen.");
        assertThat(mine.myViews()).extracting(PupilWord::body).containsExactly("Lezen gaat beter als het stil is.");

        List<PupilWord> forStaff = asStaff(staffA, () -> pupilPlans.ofPlan(staffA, plan.id()));
        assertThat(forStaff).hasSize(2);
        assertThat(forStaff).allMatch(w -> w.viaName().equals("Ouder van Sam") && w.writtenAt() != null);
        assertThat(forStaff)
                .filteredOn(PupilWord::aboutAGoal)
                .extracting(PupilWord::goalKey)
                .containsExactly(goal);
        // the staff's own summary of the pupil's view is untouched: the pupil's words are kept beside it
        assertThat(asStaff(staffA, () -> plans.open(staffA, plan.id()))
                        .content()
                        .pupilView())
                .isEqualTo("Ik wil beter lezen.");
        // staff of another school do not read them
        assertThatThrownBy(() -> asStaff(staffB, () -> pupilPlans.ofPlan(staffB, plan.id())))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void takingThePupilsAccessAwayRefusesTheNextCallAsDoesRevokingTheParent() {
        UUID parent = activatedParent(staffA, child);
        ParentScope scope = scopeOf(parent);
        OwnPlanStatus open = letIn(child);
        assertThat(asParent(parent, () -> pupilPlans.plan(scope, child))).isPresent();
        // a change on a stale status is refused (someone else changed it meanwhile)
        assertThatThrownBy(() -> asStaff(staffA, () -> ownPlans.set(staffA, child, false, open.version() + 1)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        OwnPlanStatus closed = asStaff(staffA, () -> ownPlans.set(staffA, child, false, open.version()));
        assertThat(closed.open()).isFalse();
        // the page that is still open: its next read and its next send are refused; the parent keeps theirs
        assertThatThrownBy(() -> asParent(parent, () -> pupilPlans.plan(scope, child)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asParent(parent, () -> pupilPlans.addView(scope, plan.id(), "Nog iets")))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(asParent(parent, () -> copies.plan(scope, child))).isPresent();

        asStaff(staffA, () -> ownPlans.set(staffA, child, true, closed.version()));
        assertThat(asParent(parent, () -> pupilPlans.plan(scope, child))).isPresent();
        ParentAccess access =
                asStaff(staffA, () -> links.ofPupil(staffA, child)).getFirst();
        asStaff(staffA, () -> links.revoke(staffA, access.id(), access.version()));
        assertThatThrownBy(() -> asParent(parent, () -> pupilPlans.plan(scope, child)))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void anotherSchoolOrRegionCannotLetThePupilIn() {
        assertThatThrownBy(() -> asStaff(staffB, () -> ownPlans.set(staffB, child, true, -1)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asStaff(staffB, () -> ownPlans.status(staffB, child)))
                .isInstanceOf(OutOfScopeException.class);
        StaffScope forged = new StaffScope(staffB.actor(), Set.of(schoolA));
        assertThatThrownBy(() -> asStaff(staffB, () -> ownPlans.set(forged, child, true, -1)))
                .isInstanceOf(AccessDeniedException.class);
        // staff of another region, claiming this school, with their own region bound: the pupil is not there
        UUID regionB = UniqueFixtures.region(regions, "Andere regio", Sector.PO);
        StaffScope staffOfB = new StaffScope(new Actor(UUID.randomUUID(), "Karin IB"), Set.of(schoolA));
        assertThatThrownBy(() -> Callers.call(
                        Callers.staff(staffOfB),
                        () -> TenantContext.callAs(regionB, () -> ownPlans.set(staffOfB, child, true, -1))))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(asStaff(staffA, () -> ownPlans.status(staffA, child)).open()).isFalse();
    }

    // --- fixtures ---

    static final String PASSWORD = "Fietsbel-Zolderraam-42";

    private static PupilInput pupil(String name) {
        return new PupilInput(
                name, LocalDate.now().getYear() - 9, "6", LocalDate.now().minusYears(2), null);
    }

    /** Invites a parent for the pupil and activates the invitation with a password and the app's code. */
    private UUID activatedParent(StaffScope staff, UUID pupilId) {
        return activatedParent(region, staff, pupilId);
    }

    private UUID activatedParent(UUID inRegion, StaffScope staff, UUID pupilId) {
        String email = Unique.email("ouder");
        IssuedParentInvitation issued = Callers.call(
                Callers.staff(staff),
                () -> TenantContext.callAs(
                        inRegion,
                        () -> invitations.invite(staff, pupilId, email, "Ouder van Sam", "https://uitzicht.test")));
        String token = tokenOf(issued);
        String secret = Callers.call(Callers.anonymous(), () -> secondFactors.newEnrolmentFor(email))
                .secret();
        Callers.call(
                Callers.anonymous(),
                () -> invitations.activate(
                        token, PASSWORD, PASSWORD, secret, AuthenticatorApp.code(secret), "10.0.0.2"));
        return Callers.call(Callers.system(), () -> accounts.findByEmail(email))
                .orElseThrow()
                .id();
    }

    private static String tokenOf(IssuedParentInvitation issued) {
        assertThat(issued.link())
                .as("no mail server in tests: the link is handed to the inviter")
                .isNotNull();
        return issued.link().substring(issued.link().lastIndexOf('/') + 1);
    }

    private OppPlan awaitingConsent(UUID pupilId) {
        return asStaff(staffA, () -> {
            OppPlan p = plans.start(staffA, pupilId, null);
            p = editor.addFactor(
                    staffA,
                    p.id(),
                    p.version(),
                    FactorKind.HINDERING,
                    FactorDomain.LEARNING,
                    "Leest twee jaar achter.");
            p = editor.addFactor(
                    staffA, p.id(), p.version(), FactorKind.HELPING, FactorDomain.WORK_ATTITUDE, "Is gemotiveerd.");
            List<UUID> factors = p.content().factors().stream().map(Factor::key).toList();
            p = editor.savePerspective(
                    staffA,
                    p.id(),
                    p.version(),
                    ExitDestination.VMBO_K,
                    "Met steun bij lezen is vmbo-k haalbaar.",
                    factors,
                    "Dagelijkse leesinstructie.");
            p = editor.addGoal(
                    staffA,
                    p.id(),
                    p.version(),
                    FactorDomain.LEARNING,
                    "Leest op AVI M6",
                    "AVI E4",
                    "AVI-toets",
                    LocalDate.now().plusMonths(6));
            List<UUID> goals =
                    p.content().handelingsdeel().goals().stream().map(Goal::key).toList();
            p = editor.addIntervention(
                    staffA,
                    p.id(),
                    p.version(),
                    "Dagelijks 20 minuten lezen",
                    Performer.TEACHER,
                    "dagelijks",
                    goals,
                    category,
                    SupportLevel.EXTRA);
            p = editor.addAgreement(staffA, p.id(), p.version(), Party.PARENTS, "Ouders lezen 3 keer per week voor.");
            p = editor.savePupilView(staffA, p.id(), p.version(), "Ik wil beter lezen.", LocalDate.now());
            p = workflow.startConsultation(staffA, p.id(), p.version());
            return workflow.requestConsent(staffA, p.id(), p.version());
        });
    }

    /** Staff of the pupil's school let the pupil look at their own plan. */
    private OwnPlanStatus letIn(UUID pupilId) {
        return asStaff(
                staffA,
                () -> ownPlans.set(
                        staffA, pupilId, true, ownPlans.status(staffA, pupilId).version()));
    }

    private long accounts_accessVersion(UUID account) {
        return Callers.call(Callers.system(), () -> accounts.accessVersion(account));
    }

    private static ParentScope scopeOf(UUID parent) {
        return new ParentScope(parent, "Ouder van Sam");
    }

    private static Authentication parentCaller(UUID parent) {
        return Callers.person(new TestPerson(parent, Set.of()), Role.PARENT);
    }

    private <T> T asParent(UUID parent, Supplier<T> body) {
        return Callers.call(parentCaller(parent), () -> TenantContext.callAs(region, body));
    }

    private <T> T asStaff(StaffScope staff, Supplier<T> body) {
        return Callers.call(Callers.staff(staff), () -> TenantContext.callAs(region, body));
    }
}
