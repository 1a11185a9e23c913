package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.Callers.TestPerson;
import nl.uitzicht.testing.StatementCounter;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.TestTransactions;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.trainer.NotYoursException;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Stakeholders: create, read, update, delete with validation, ownership, optimistic locking and RLS;
 * a trainer acts only in their own name (the trainer id a service is handed is the caller's).
 */
@PlatformTest
@WithRole(Role.TRAINER)
class AchterbanMapTest {

    @Autowired
    AchterbanMap achterban;

    @Autowired
    AchterbanOverview overview;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    RegionDirectory regions;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    FreshDatabase db;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestTransactions tx;
    UUID region;
    UUID otherRegion;
    UUID trainer;
    UUID colleague;
    UUID school;
    UUID schoolElsewhere;

    @BeforeEach
    void setUp() {
        Callers.run(Callers.system(), this::twoRegionsTwoTrainers);
        Callers.signIn(Callers.person(new TestPerson(trainer, Set.of()), Role.TRAINER));
    }

    private void twoRegionsTwoTrainers() {
        tx = new TestTransactions(transactionManager);
        region = regions.register(Unique.regionCode("PO"), "Regio A", Sector.PO).getId();
        otherRegion =
                regions.register(Unique.regionCode("PO"), "Regio B", Sector.PO).getId();
        trainer = accounts.createAccount(Unique.email("a"), "Anna", "secret-password-1")
                .id();
        colleague = accounts.createAccount(Unique.email("b"), "Bert", "secret-password-1")
                .id();
        school = tx.as(
                region,
                () -> schools.register("31AA", "00", "De Regenboog", SchoolType.BAO, null, 200)
                        .id());
        schoolElsewhere = tx.as(
                otherRegion,
                () -> schools.register("32AA", "00", "Elders", SchoolType.BAO, null, 90)
                        .id());
    }

    static StakeholderDraft school(UUID schoolId) {
        return new StakeholderDraft(
                StakeholderKind.SCHOOL,
                "  De Regenboog, directie ",
                "directeur",
                schoolId,
                "Samen twee OPP's bekijken",
                Level.HIGH,
                Level.MEDIUM,
                StakeholderStatus.NOT_APPROACHED,
                "Let op: nieuwe directeur sinds augustus");
    }

    /** Opening the map (the trainer's stakeholders); the measured count. */
    static final int MAP_OPEN = 3;

    /** What opening the map costs in SQL statements (issue 13): the same for 1 stakeholder as for 11. */
    @Test
    void openingTheMapCostsTheSameStatementsWhateverItsSize() {
        tx.as(region, () -> achterban.add(trainer, school(school)));
        int one = StatementCounter.record(() -> tx.as(region, () -> achterban.stakeholdersOf(trainer)))
                .statements()
                .size();
        for (int i = 0; i < 10; i++) {
            StakeholderDraft other = new StakeholderDraft(
                    StakeholderKind.SCHOOL,
                    "Bestuurder " + i,
                    "bestuurder",
                    school,
                    "Samen OPP's bekijken",
                    Level.MEDIUM,
                    Level.HIGH,
                    StakeholderStatus.IN_CONVERSATION,
                    null);
            tx.as(region, () -> achterban.add(trainer, other));
        }
        int eleven = StatementCounter.record(() -> tx.as(region, () -> achterban.stakeholdersOf(trainer)))
                .statements()
                .size();
        System.out.printf("achterban open statements: %d / %d%n", one, eleven);
        assertThat(eleven).as("11 stakeholders").isEqualTo(one);
        assertThat(one).isLessThanOrEqualTo(MAP_OPEN);
    }

    @Test
    void aTrainerAddsReadsChangesAndRemovesAStakeholder() {
        StakeholderView added = tx.as(region, () -> achterban.add(trainer, school(school)));
        assertThat(added.name()).isEqualTo("De Regenboog, directie");

        StakeholderView read =
                tx.as(region, () -> achterban.stakeholdersOf(trainer)).getFirst();
        assertThat(read).isEqualTo(added);

        StakeholderDraft onBoard = new StakeholderDraft(
                StakeholderKind.SCHOOL,
                read.name(),
                read.role(),
                school,
                read.involvement(),
                Level.HIGH,
                Level.HIGH,
                StakeholderStatus.ON_BOARD,
                null);
        StakeholderView changed = tx.as(region, () -> achterban.update(trainer, read.id(), read.version(), onBoard));
        assertThat(changed.status()).isEqualTo(StakeholderStatus.ON_BOARD);
        assertThat(changed.privateNotes()).isNull();
        assertThat(changed.version()).isGreaterThan(read.version());

        assertThatThrownBy(() -> tx.as(region, () -> achterban.update(trainer, read.id(), read.version(), onBoard)))
                .as("a save based on the old version is refused")
                .isInstanceOf(ChangedMeanwhileException.class);

        tx.runAs(
                region,
                () -> achterban.logConversation(
                        trainer,
                        read.id(),
                        new ConversationDraft(
                                LocalDate.now().minusDays(2), "Kennismaking", true, "Volgende maand OPP's")));
        assertThat(tx.as(region, () -> achterban.stakeholdersOf(trainer))
                        .getFirst()
                        .conversationsWithOpps())
                .isEqualTo(1);

        tx.runAs(region, () -> achterban.remove(trainer, read.id()));
        assertThat(tx.as(region, () -> achterban.stakeholdersOf(trainer))).isEmpty();
        assertThat(db.ownerQuery("select count(*) from stakeholder_conversation where tenant_id = '" + region + "'"))
                .containsExactly("0");
    }

    @Test
    void invalidInputIsRefusedWithAMessagePerField() {
        StakeholderDraft bad = new StakeholderDraft(
                StakeholderKind.SCHOOL,
                "  ",
                "x".repeat(121),
                null,
                null,
                null,
                Level.LOW,
                StakeholderStatus.CRITICAL,
                null);
        assertThatThrownBy(() -> tx.as(region, () -> achterban.add(trainer, bad)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField())
                                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                                        "name",
                                        "trainer.validation.required",
                                        "role",
                                        "trainer.validation.tooLong.120",
                                        "schoolId",
                                        "achterban.validation.schoolRequired",
                                        "influence",
                                        "trainer.validation.choose")));

        assertThatThrownBy(() -> tx.as(region, () -> achterban.add(trainer, school(schoolElsewhere))))
                .as("a school of another region is unknown here")
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("schoolId", "achterban.validation.schoolUnknown"));

        UUID id = tx.as(region, () -> achterban.add(trainer, school(school))).id();
        assertThatThrownBy(() -> tx.as(
                        region,
                        () -> achterban.logConversation(
                                trainer,
                                id,
                                new ConversationDraft(LocalDate.now().plusDays(3), "", false, null))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.byField()).containsOnlyKeys("heldOn", "topic"));
        assertThat(db.ownerQuery("select count(*) from stakeholder where tenant_id = '" + region + "'"))
                .containsExactly("1");
    }

    @Test
    void stakeholdersArePrivateToTheirTrainerAndRegion() {
        StakeholderView mine = tx.as(region, () -> achterban.add(trainer, school(school)));

        Callers.run(Callers.person(new TestPerson(colleague, Set.of()), Role.TRAINER), () -> {
            assertThat(tx.as(region, () -> achterban.stakeholdersOf(colleague))).isEmpty();
            assertThatThrownBy(() ->
                            tx.as(region, () -> achterban.update(colleague, mine.id(), mine.version(), school(school))))
                    .isInstanceOf(NotYoursException.class);
            assertThatThrownBy(() -> tx.runAs(region, () -> achterban.remove(colleague, mine.id())))
                    .isInstanceOf(NotYoursException.class);
            assertThatThrownBy(() -> tx.as(region, () -> achterban.conversations(colleague, mine.id())))
                    .isInstanceOf(NotYoursException.class);
        });
        // and the colleague cannot act in the trainer's name instead
        Callers.run(Callers.person(new TestPerson(colleague, Set.of()), Role.TRAINER), () -> {
            assertThatThrownBy(() -> tx.as(region, () -> achterban.stakeholdersOf(trainer)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tx.runAs(region, () -> achterban.remove(trainer, mine.id())))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThatThrownBy(() -> Callers.call(
                        Callers.apiClient(Role.TRAINER), () -> tx.as(region, () -> achterban.stakeholdersOf(trainer))))
                .as("a token is not a person")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tx.as(region, () -> achterban.stakeholdersOf(trainer)))
                .as("nothing was removed")
                .hasSize(1);

        assertThat(tx.as(otherRegion, () -> achterban.stakeholdersOf(trainer)))
                .as("row-level security")
                .isEmpty();
        Authentication admin = Callers.person(Role.REGION_ADMIN);
        assertThat(Callers.call(
                        admin,
                        () -> tx.as(otherRegion, () -> overview.regionTotals().stakeholders())))
                .isZero();
        assertThat(Callers.call(
                        admin, () -> tx.as(region, () -> overview.regionTotals().stakeholders())))
                .isEqualTo(1);

        SharedStakeholder shared =
                tx.as(region, () -> achterban.sharedOf(trainer)).getFirst();
        assertThat(shared.toString()).doesNotContain("nieuwe directeur").doesNotContain("OPP's bekijken");
    }
}
