package nl.uitzicht.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.parent.ParentLinks;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.SmtpSink;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminder and notice mails against a real SMTP server (GreenMail) and PostgreSQL: each staff member's digest
 * holds their own schools only (the attackers: staff of another school, of another region), in counts and
 * links without pupils; opt-outs hold; two runs at once send one digest; a failed send is logged and the
 * next day's digest brings the items again; parents get a link and nothing of the plan, after the commit only.
 */
@PlatformTest
@WithRole(system = true)
@ExtendWith(OutputCaptureExtension.class)
class ReminderMailTest {

    static final SmtpSink SMTP = new SmtpSink();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        SMTP.register(registry);
        registry.add("uitzicht.public-url", () -> "https://uitzicht.example/");
    }

    @Autowired
    DailyDigest digest;

    @Autowired
    ReminderPreferences preferences;

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    OppWorkflow workflow;

    @Autowired
    ParentLinks parentLinks;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    nl.uitzicht.access.SystemWork system;

    @Autowired
    nl.uitzicht.opp.OppWorkload workload;

    @Autowired
    ReminderSettingsLookup lookup;

    @Autowired
    nl.uitzicht.requestwork.ExtensionsDue extensions;

    @Autowired
    nl.uitzicht.testing.TestDatabases.FreshDatabase db;

    @Autowired
    nl.uitzicht.mail.Mailbox mailbox;

    @Autowired
    ReminderLinks links;

    @AfterEach
    void serverBackUp() {
        SMTP.start();
    }

    /** A region with its schools, by name. */
    record Region(UUID id, List<UUID> schools) {}

    private Region region(String regionName, String... schoolNames) {
        UUID id =
                regions.register(Unique.regionCode("PO"), regionName, Sector.PO).getId();
        List<UUID> ids = TenantContext.callAs(
                id,
                () -> java.util.stream.IntStream.range(0, schoolNames.length)
                        .mapToObj(i -> schools.register("1" + i + "AA", "00", schoolNames[i], SchoolType.BAO, null, 100)
                                .id())
                        .toList());
        return new Region(id, ids);
    }

    /** A staff member of these schools; their address. */
    private String staff(Region region, String name, UUID... schoolIds) {
        String email = Unique.email(name);
        UUID account =
                accounts.createAccount(email, name, "lang-genoeg-wachtwoord").id();
        accounts.grant(account, region.id(), Role.SCHOOL_STAFF, Set.of(schoolIds));
        return email;
    }

    private UUID accountOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    /** A pupil with a draft OPP whose 6-week deadline was {@code weeksAgo} weeks ago (negative: still to come). */
    private PupilSummary draft(Region region, UUID school, String pupilName, int deadlineWeeksAgo) {
        StaffScope scope = new StaffScope(new Actor(UUID.randomUUID(), "Test IB"), Set.of(school));
        LocalDate enrolled = today().minusWeeks(6 + deadlineWeeksAgo);
        return TenantContext.callAs(region.id(), () -> {
            PupilSummary pupil = pupils.register(
                    scope, school, new PupilInput(pupilName, today().getYear() - 9, "6", enrolled, null));
            plans.start(scope, pupil.id(), null);
            return pupil;
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void eachPersonGetsOneDigestOfTheirOwnSchoolsInCountsAndLinks() {
        Region north = region("SWV Test", "De Noordster", "De Zuidpool");
        Region other = region("SWV Elders", "Het Andere Eind");
        UUID a = north.schools().get(0);
        UUID b = north.schools().get(1);
        draft(north, a, "Zoë Lateletter", 2);
        draft(north, a, "Mats Bijnaklaar", -1);
        draft(north, b, "Bram Elders", 3);
        draft(other, other.schools().get(0), "Kim Verweg", 1);
        String anna = staff(north, "Anna", a);
        String bert = staff(north, "Bert", b);
        String carla = staff(north, "Carla", a, b);
        String dirk = staff(other, "Dirk", other.schools().get(0));
        String gone = staff(north, "Gerrit", a);
        accounts.removeFromRegion(accountOf(gone), north.id());
        Region quiet = region("SWV Test", "Stille School");
        String eva = staff(quiet, "Eva", quiet.schools().getFirst());
        String admin = Unique.email("Ria");
        UUID adminId =
                accounts.createAccount(admin, "Ria", "lang-genoeg-wachtwoord").id();
        accounts.grant(adminId, north.id(), Role.REGION_ADMIN, Set.of());

        digest.send(today());

        assertThat(SMTP.to(anna)).hasSize(1);
        SmtpSink.Mail annas = SMTP.to(anna).getFirst();
        assertThat(annas.body())
                .contains("De Noordster", "1 OPP is te laat", "1 OPP moet binnen 2 weken klaar zijn")
                .contains("https://uitzicht.example/opp", "https://uitzicht.example/account/herinneringen")
                .as("another school's items: not in Anna's mail")
                .doesNotContain("De Zuidpool")
                .as("no pupil in a mail")
                .doesNotContain("Zoë", "Lateletter", "Mats", "Bram");
        assertThat(annas.subject()).startsWith("Uitzicht: je werklijst van");
        assertThat(SMTP.to(bert).getFirst().body())
                .contains("De Zuidpool", "1 OPP is te laat")
                .doesNotContain("De Noordster", "binnen 2 weken");
        assertThat(SMTP.to(carla)).as("one digest for both schools").hasSize(1);
        assertThat(SMTP.to(carla).getFirst().body()).contains("De Noordster", "De Zuidpool");
        assertThat(SMTP.to(dirk).getFirst().body())
                .contains("Het Andere Eind")
                .as("another region's items: never")
                .doesNotContain("Noordster", "Zuidpool");
        assertThat(SMTP.to(eva)).as("nothing on the worklist: no mail").isEmpty();
        assertThat(SMTP.to(admin)).as("no worklist, no digest").isEmpty();
        assertThat(SMTP.to(gone)).as("removed from the region: nothing").isEmpty();

        digest.send(today());
        assertThat(SMTP.to(anna)).as("the day was claimed: once a day").hasSize(1);
    }

    @Test
    void aKindSwitchedOffIsLeftOutAndTheChangeIsAudited() {
        Region region = region("SWV Test", "De Vlieger");
        UUID school = region.schools().getFirst();
        draft(region, school, "Sem Telaat", 1);
        String fenna = staff(region, "Fenna", school);
        String gijs = staff(region, "Gijs", school);
        String hanna = staff(region, "Hanna", school);
        UUID fennaId = accountOf(fenna);
        TenantContext.runAs(
                region.id(),
                () -> preferences.save(
                        fennaId,
                        new Actor(fennaId, "Fenna"),
                        new ReminderSettings(
                                EnumSet.of(ReminderKind.CONSENT_PENDING, ReminderKind.EVALUATION_DUE), "nl", 0)));
        UUID hannaId = accountOf(hanna);
        TenantContext.runAs(
                region.id(),
                () -> preferences.save(
                        hannaId,
                        new Actor(hannaId, "Hanna"),
                        new ReminderSettings(EnumSet.allOf(ReminderKind.class), "en", 0)));

        digest.send(today());

        assertThat(SMTP.to(fenna))
                .as("plan due switched off: nothing left, no mail")
                .isEmpty();
        assertThat(SMTP.to(gijs)).hasSize(1);
        assertThat(SMTP.to(hanna).getFirst().subject()).startsWith("Uitzicht: your worklist of");
        assertThat(SMTP.to(hanna).getFirst().body()).contains("1 OPP is late");
        assertThat(TenantContext.callAs(region.id(), () -> audit.trailOf(ReminderPreferences.AUDIT_SUBJECT, fennaId)))
                .singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("PLAN_DUE off (changed)"));
    }

    @Test
    void aPersonReadsAndChangesOnlyTheirOwnSettings() {
        Region region = region("SWV Test", "De Wilg");
        UUID school = region.schools().getFirst();
        UUID mine = accountOf(staff(region, "Ina", school));
        UUID theirs = accountOf(staff(region, "Jan", school));
        StaffScope ina = new StaffScope(new Actor(mine, "Ina"), Set.of(school));
        TenantContext.runAs(region.id(), () -> {
            assertThat(Callers.call(Callers.staff(ina), () -> preferences.of(mine)))
                    .isEqualTo(ReminderSettings.defaults());
            assertThatThrownBy(() -> Callers.call(Callers.staff(ina), () -> preferences.of(theirs)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.call(
                            Callers.staff(ina),
                            () -> preferences.save(theirs, ina.actor(), new ReminderSettings(Set.of(), "nl", 0))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.call(Callers.person(Role.POLICY), () -> preferences.of(mine)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.call(Callers.anonymous(), () -> preferences.of(mine)))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void twoNodesRunningAtOnceSendOneDigestPerRegionAndDay() throws Exception {
        Region region = region("SWV Test", "De Tweeling");
        UUID school = region.schools().getFirst();
        draft(region, school, "Lot Laat", 2);
        String kees = staff(region, "Kees", school);
        // a second app node: its own claims (its own node name), the same database and mail server
        DailyDigest otherNode = new DailyDigest(
                jdbc,
                system,
                new DigestClaims(jdbc, transactions, clock),
                workload,
                extensions,
                accounts,
                schools,
                lookup,
                mailbox,
                links,
                clock);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<DailyDigest.Outcome>> runs = List.of(digest, otherNode).stream()
                    .map(node -> CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    start.await();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                return node.send(today());
                            },
                            nodes))
                    .toList();
            start.countDown();
            for (CompletableFuture<DailyDigest.Outcome> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        assertThat(SMTP.to(kees)).hasSize(1);
        List<Integer> claims = TenantContext.callAs(
                region.id(),
                () -> new TransactionTemplate(transactions)
                        .execute(status -> jdbc.queryForList(
                                "SELECT recipients FROM reminder_digest_day WHERE tenant_id = ? AND digest_on = ?",
                                Integer.class,
                                region.id(),
                                java.sql.Date.valueOf(today()))));
        assertThat(claims).as("one claim of the day, by the node that sent it").containsExactly(1);
    }

    @Test
    void aFailedSendIsLoggedAndTheNextDayBringsTheItemsAgain(CapturedOutput output) {
        Region region = region("SWV Test", "De Storing");
        UUID school = region.schools().getFirst();
        draft(region, school, "Noor Laat", 2);
        String lies = staff(region, "Lies", school);
        LocalDate day = today().plusDays(10);

        SMTP.stop();
        DailyDigest.Outcome down = digest.send(day);
        assertThat(down.failed()).isPositive();
        assertThat(output).contains("Reminder digest for account " + accountOf(lies) + " not sent (FAILED)");
        assertThat(output).doesNotContain("Noor");

        SMTP.start();
        digest.send(day);
        assertThat(SMTP.to(lies)).as("the failed day is not sent twice").isEmpty();
        digest.send(day.plusDays(1));
        assertThat(SMTP.to(lies))
                .singleElement()
                .satisfies(m -> assertThat(m.body()).contains("De Storing", "1 OPP is te laat"));
    }

    @Test
    void parentsGetALinkWithoutContentAfterTheCommitOnly() {
        Region region = region("SWV Test", "De Ouderschool");
        UUID school = region.schools().getFirst();
        StaffScope staff = new StaffScope(new Actor(UUID.randomUUID(), "Mia IB"), Set.of(school));
        String parent = Unique.email("Ouder");
        String invitedOnly = Unique.email("Nogniet");
        PupilSummary pupil = TenantContext.callAs(region.id(), () -> {
            PupilSummary p = pupils.register(
                    staff,
                    school,
                    new PupilInput("Pien Geheim", today().getYear() - 8, "5", today().minusWeeks(1), null));
            UUID invitation = UUID.randomUUID();
            parentLinks.invited(staff, p.id(), invitation, parent, "Olga Ouder");
            UUID account = accounts.createAccount(parent, "Olga Ouder", "lang-genoeg-wachtwoord")
                    .id();
            parentLinks.activated(invitation, account, "Olga Ouder");
            parentLinks.invited(staff, p.id(), UUID.randomUUID(), invitedOnly, "Nog Niet");
            return p;
        });
        OppPlan plan = TenantContext.callAs(region.id(), () -> plans.start(staff, pupil.id(), null));

        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        TenantContext.runAs(
                region.id(),
                () -> rolledBack.executeWithoutResult(status -> {
                    workflow.startConsultation(staff, plan.id(), plan.version());
                    status.setRollbackOnly();
                }));
        assertThat(SMTP.to(parent)).as("a step rolled back mails nobody").isEmpty();

        TenantContext.runAs(region.id(), () -> workflow.startConsultation(staff, plan.id(), plan.version()));

        assertThat(SMTP.to(parent)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Uitzicht: het plan van uw kind is klaar voor uw mening");
            assertThat(mail.body())
                    .contains("Beste Olga Ouder", "https://uitzicht.example/ouder")
                    .doesNotContain(
                            "Pien",
                            "Geheim",
                            "De Ouderschool",
                            plan.id().toString(),
                            pupil.id().toString());
        });
        assertThat(SMTP.to(invitedOnly)).as("not yet activated: no notice").isEmpty();
    }

    @Test
    void aRevokedParentAndTheParentOfAnotherPupilAreNotTold() {
        Region region = region("SWV Test", "De Tweede Ouderschool");
        UUID school = region.schools().getFirst();
        StaffScope staff = new StaffScope(new Actor(UUID.randomUUID(), "Nel IB"), Set.of(school));
        String revoked = Unique.email("Ingetrokken");
        String otherPupils = Unique.email("Andereouder");
        PupilSummary pupil = TenantContext.callAs(region.id(), () -> {
            PupilSummary p = pupils.register(
                    staff,
                    school,
                    new PupilInput("Tijn Apart", today().getYear() - 8, "5", today().minusWeeks(1), null));
            PupilSummary other = pupils.register(
                    staff,
                    school,
                    new PupilInput("Vera Anders", today().getYear() - 8, "5", today().minusWeeks(1), null));
            activeParent(staff, p.id(), revoked, "Rob Ingetrokken");
            activeParent(staff, other.id(), otherPupils, "Anna Anders");
            var link = parentLinks.ofPupil(staff, p.id()).getFirst();
            parentLinks.revoke(staff, link.id(), link.version());
            return p;
        });
        OppPlan plan = TenantContext.callAs(region.id(), () -> plans.start(staff, pupil.id(), null));

        TenantContext.runAs(region.id(), () -> workflow.startConsultation(staff, plan.id(), plan.version()));

        assertThat(SMTP.to(revoked)).as("access revoked: no notice").isEmpty();
        assertThat(SMTP.to(otherPupils)).as("another pupil's parent: no notice").isEmpty();
    }

    private void activeParent(StaffScope staff, UUID pupilId, String email, String name) {
        UUID invitation = UUID.randomUUID();
        parentLinks.invited(staff, pupilId, invitation, email, name);
        UUID account =
                accounts.createAccount(email, name, "lang-genoeg-wachtwoord").id();
        parentLinks.activated(invitation, account, name);
    }

    /** Issue 16: a decision on a request that ends within 8 weeks is in the school's digest, as a count only. */
    @Test
    void aDecisionThatEndsWithinEightWeeksAsksTheSchoolForAnExtension() {
        Region region = region("SWV Test", "De Verlenging", "De Andere");
        UUID school = region.schools().getFirst();
        nl.uitzicht.testing.RequestRows rows = new nl.uitzicht.testing.RequestRows(db, region.id());
        UUID ending = rows.request(
                school, "INDIVIDUAL_ARRANGEMENT", today().minusMonths(11), today().minusMonths(9), "SUBMITTED", null);
        rows.decide(
                ending, "GRANTED", today().minusMonths(10), today().minusMonths(10), today().plusWeeks(3), null, null);
        UUID later =
                rows.request(school, "TLV_SBO", today().minusMonths(11), today().minusMonths(9), "SUBMITTED", null);
        rows.decide(
                later, "GRANTED", today().minusMonths(10), today().minusMonths(10), today().plusWeeks(9), null, null);
        String ilse = staff(region, "Ilse", school);
        String joop = staff(region, "Joop", region.schools().get(1));
        String kim = staff(region, "Kim", school);
        UUID kimId = accountOf(kim);
        TenantContext.runAs(
                region.id(),
                () -> preferences.save(
                        kimId,
                        new Actor(kimId, "Kim"),
                        new ReminderSettings(EnumSet.complementOf(EnumSet.of(ReminderKind.EXTENSION_DUE)), "nl", 0)));

        digest.send(today());

        assertThat(SMTP.to(ilse)).hasSize(1);
        assertThat(SMTP.to(ilse).getFirst().body())
                .contains("De Verlenging", "1 besluit op een aanvraag loopt binnen 8 weken af")
                .doesNotContain("Kind ");
        assertThat(SMTP.to(joop)).as("another school's decision: no mail").isEmpty();
        assertThat(SMTP.to(kim)).as("extensions switched off").isEmpty();
    }
}
