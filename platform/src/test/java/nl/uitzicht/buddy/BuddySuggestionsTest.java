package nl.uitzicht.buddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.achterban.AchterbanMap;
import nl.uitzicht.achterban.Level;
import nl.uitzicht.achterban.StakeholderDraft;
import nl.uitzicht.achterban.StakeholderKind;
import nl.uitzicht.achterban.StakeholderStatus;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.testing.TestTransactions;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.trainer.TrainerProfiles;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** Suggestions on a fixed set of trainers: the exact ranking, scores and reasons. */
@PlatformTest
@WithRole(system = true)
class BuddySuggestionsTest {

    @Autowired
    BuddySuggestions suggestions;

    @Autowired
    Buddies buddies;

    @Autowired
    TrainerProfiles profiles;

    @Autowired
    AchterbanMap achterban;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    RegionDirectory regions;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void rankedByATransparentScore() {
        TestTransactions tx = new TestTransactions(transactionManager);
        UUID region =
                regions.register(Unique.regionCode("PO"), "Regio A", Sector.PO).getId();
        UUID other =
                regions.register(Unique.regionCode("PO"), "Regio B", Sector.PO).getId();
        UUID bao1 = tx.as(
                region,
                () -> schools.register("41AA", "00", "Bao een", SchoolType.BAO, null, 100)
                        .id());
        UUID bao2 = tx.as(
                region,
                () -> schools.register("41AB", "00", "Bao twee", SchoolType.BAO, null, 100)
                        .id());
        UUID sbo = tx.as(
                region,
                () -> schools.register("41AC", "00", "Sbo", SchoolType.SBO, null, 100)
                        .id());
        UUID so = tx.as(
                region,
                () -> schools.register("41AD", "00", "So", SchoolType.SO, null, 100)
                        .id());

        UUID me = trainer("Mia", region);
        UUID noor = trainer("Noor", region); // same group, BAO + SBO, a person: 3 + 4 + 0 + 1 = 8
        UUID otto = trainer("Otto", region); // other group, BAO, an institution and an organisation: 2 + 2 + 1 = 5
        UUID piet = trainer("Piet", region); // paired with Quinten, no room: left out
        UUID quinten = trainer("Quinten", region); // same group but already paired with Piet: left out
        UUID anders = trainer("Anders", other); // another region: never suggested
        UUID ria = trainer("Ria", region); // already asked by me: left out
        UUID staff = accounts.createAccount(Unique.email("staff"), "Staff", "secret-password-1")
                .id();
        accounts.grant(staff, region, Role.SCHOOL_STAFF, Set.of());

        tx.runAs(region, () -> {
            profiles.save(me, -1, "Groep Gorinchem", null);
            profiles.save(noor, -1, "groep gorinchem", null);
            profiles.save(otto, -1, "Groep Leerdam", null);
            profiles.save(quinten, -1, "Groep Gorinchem", null);
            stakeholder(me, StakeholderKind.SCHOOL, bao1);
            stakeholder(me, StakeholderKind.SCHOOL, sbo);
            stakeholder(me, StakeholderKind.PERSON, null);
            stakeholder(noor, StakeholderKind.SCHOOL, bao2);
            stakeholder(noor, StakeholderKind.SCHOOL, sbo);
            stakeholder(noor, StakeholderKind.PERSON, null);
            stakeholder(otto, StakeholderKind.SCHOOL, bao2);
            stakeholder(otto, StakeholderKind.SCHOOL, so);
            stakeholder(otto, StakeholderKind.INSTITUTION, null);
            stakeholder(otto, StakeholderKind.ORGANISATION, null);
            UUID pq = buddies.request(piet, quinten, null).id();
            buddies.accept(quinten, pq);
            buddies.request(me, ria, null);
        });

        List<BuddySuggestion> ranked = tx.as(region, () -> suggestions.suggestionsFor(me));

        assertThat(ranked)
                .extracting(BuddySuggestion::name, BuddySuggestion::score)
                .containsExactly(tuple("Noor", 8), tuple("Otto", 5));
        assertThat(ranked.get(0).reasons())
                .extracting(SuggestionReason::key, SuggestionReason::points, SuggestionReason::values)
                .containsExactly(
                        tuple(SuggestionReason.SAME_GROUP, 3, List.of("groep gorinchem")),
                        tuple(SuggestionReason.SHARED_SCHOOL_TYPES, 4, List.of("BAO", "SBO")),
                        tuple(SuggestionReason.AVAILABLE, 1, List.of()));
        assertThat(ranked.get(1).reasons())
                .extracting(SuggestionReason::key, SuggestionReason::points, SuggestionReason::values)
                .containsExactly(
                        tuple(SuggestionReason.SHARED_SCHOOL_TYPES, 2, List.of("BAO")),
                        tuple(SuggestionReason.COMPLEMENTARY, 2, List.of("INSTITUTION", "ORGANISATION")),
                        tuple(SuggestionReason.AVAILABLE, 1, List.of()));
        assertThat(ranked).extracting(BuddySuggestion::trainerId).doesNotContain(me, piet, quinten, anders, ria, staff);
    }

    private UUID trainer(String name, UUID region) {
        UUID id = accounts.createAccount(Unique.email(name), name, "secret-password-1")
                .id();
        accounts.grant(id, region, Role.TRAINER, Set.of());
        return id;
    }

    private void stakeholder(UUID trainer, StakeholderKind kind, @Nullable UUID school) {
        achterban.add(
                trainer,
                new StakeholderDraft(
                        kind,
                        kind + " van " + trainer,
                        null,
                        school,
                        null,
                        Level.MEDIUM,
                        Level.MEDIUM,
                        StakeholderStatus.NOT_APPROACHED,
                        null));
    }
}
