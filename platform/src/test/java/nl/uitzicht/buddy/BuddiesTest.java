package nl.uitzicht.buddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.TestTransactions;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.trainer.BuddyRules;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.trainer.NotYoursException;
import nl.uitzicht.validation.InvalidInput;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The buddy lifecycle and its rules, and what a buddy may (not) see. */
@PlatformTest
@WithRole(system = true)
class BuddiesTest {

    @Autowired
    Buddies buddies;

    @Autowired
    BuddyRules rules;

    @Autowired
    AchterbanMap achterban;

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
    UUID anna;
    UUID bert;
    UUID carla;
    UUID dirk;
    UUID elsewhere;

    @BeforeEach
    void setUp() {
        tx = new TestTransactions(transactionManager);
        region = regions.register(Unique.regionCode("PO"), "Regio A", Sector.PO).getId();
        otherRegion =
                regions.register(Unique.regionCode("PO"), "Regio B", Sector.PO).getId();
        anna = trainer("anna", region);
        bert = trainer("bert", region);
        carla = trainer("carla", region);
        dirk = accounts.createAccount(Unique.email("dirk"), "Dirk (ib)", "secret-password-1")
                .id();
        accounts.grant(dirk, region, Role.SCHOOL_STAFF, Set.of());
        elsewhere = trainer("elsewhere", otherRegion);
    }

    UUID trainer(String name, UUID in) {
        UUID id = accounts.createAccount(Unique.email(name), name, "secret-password-1")
                .id();
        accounts.grant(id, in, Role.TRAINER, Set.of());
        return id;
    }

    <T> T as(java.util.function.Supplier<T> body) {
        return tx.as(region, body);
    }

    void refusedWith(String key, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.byField()).containsValue(key));
    }

    @Test
    void requestAcceptAndEnd() {
        BuddyPairView asked = as(() -> buddies.request(anna, bert, "Samen sparren?"));
        assertThat(asked.status()).isEqualTo(BuddyStatus.REQUESTED);
        assertThat(asked.askedByMe()).isTrue();
        assertThat(as(() -> buddies.pairsOf(bert)).getFirst().askedByMe()).isFalse();

        assertThatThrownBy(() -> as(() -> buddies.accept(anna, asked.id())))
                .as("only the asked trainer accepts")
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> as(() -> buddies.giveFeedback(anna, asked.id(), "te vroeg")))
                .as("no feedback before accepting")
                .isInstanceOf(NotYoursException.class);

        BuddyPairView active = as(() -> buddies.accept(bert, asked.id()));
        assertThat(active.status()).isEqualTo(BuddyStatus.ACTIVE);
        assertThatThrownBy(() -> as(() -> buddies.decline(bert, asked.id())))
                .as("an accepted request cannot be declined")
                .isInstanceOf(ChangedMeanwhileException.class);

        BuddyPairView ended = as(() -> buddies.end(anna, asked.id()));
        assertThat(ended.status()).isEqualTo(BuddyStatus.ENDED);
        assertThat(as(() -> buddies.pairsOf(bert)).getFirst().status()).isEqualTo(BuddyStatus.ENDED);

        BuddyPairView again = as(() -> buddies.request(bert, anna, null));
        assertThat(again.status()).as("after ending, they may pair again").isEqualTo(BuddyStatus.REQUESTED);
    }

    @Test
    void declineAndWithdraw() {
        BuddyPairView asked = as(() -> buddies.request(anna, bert, null));
        assertThat(as(() -> buddies.decline(bert, asked.id())).status()).isEqualTo(BuddyStatus.DECLINED);
        assertThatThrownBy(() -> as(() -> buddies.accept(bert, asked.id())))
                .isInstanceOf(ChangedMeanwhileException.class);

        BuddyPairView second = as(() -> buddies.request(anna, carla, null));
        assertThat(as(() -> buddies.end(anna, second.id())).status())
                .as("the asker withdraws")
                .isEqualTo(BuddyStatus.ENDED);
        assertThatThrownBy(() -> as(() -> buddies.end(dirk, second.id()))).isInstanceOf(NotYoursException.class);
    }

    @Test
    void notOneselfNotAcrossRegionsNotANonTrainerNotTwice() {
        refusedWith("buddy.validation.self", () -> as(() -> buddies.request(anna, anna, null)));
        refusedWith("buddy.validation.notInRegion", () -> as(() -> buddies.request(anna, elsewhere, null)));
        refusedWith("buddy.validation.notInRegion", () -> as(() -> buddies.request(anna, dirk, null)));
        refusedWith(
                "buddy.validation.notATrainer", () -> tx.as(otherRegion, () -> buddies.request(anna, elsewhere, null)));

        as(() -> buddies.request(anna, bert, null));
        refusedWith("buddy.validation.alreadyPaired", () -> as(() -> buddies.request(anna, bert, null)));
        refusedWith("buddy.validation.alreadyPaired", () -> as(() -> buddies.request(bert, anna, null)));
        assertThat(db.ownerQuery("select count(*) from buddy_pair where tenant_id = '" + region + "'"))
                .containsExactly("1");
    }

    @Test
    void oneActiveBuddyUnlessTheRegionAllowsMore() {
        UUID first = as(() -> buddies.request(anna, bert, null)).id();
        as(() -> buddies.accept(bert, first));

        refusedWith("buddy.validation.limitReached", () -> as(() -> buddies.request(anna, carla, null)));
        refusedWith("buddy.validation.partnerLimitReached", () -> as(() -> buddies.request(carla, anna, null)));

        tx.runAs(region, () -> rules.allowActiveBuddies(2));
        UUID second = as(() -> buddies.request(carla, anna, null)).id();
        assertThat(as(() -> buddies.accept(anna, second)).status()).isEqualTo(BuddyStatus.ACTIVE);
        assertThat(as(() -> buddies.pairsOf(anna)).stream().filter(p -> p.status() == BuddyStatus.ACTIVE))
                .hasSize(2);

        tx.runAs(region, () -> rules.allowActiveBuddies(1));
        as(() -> buddies.end(anna, first));
        refusedWith("buddy.validation.partnerLimitReached", () -> as(() -> buddies.request(bert, carla, null)));
        refusedWith("buddy.validation.maxRange", () -> tx.runAs(region, () -> rules.allowActiveBuddies(0)));
    }

    @Test
    void aBuddySeesProgressButNeverPrivateNotes() {
        tx.runAs(
                region,
                () -> achterban.add(
                        bert,
                        new StakeholderDraft(
                                StakeholderKind.PERSON,
                                "Ilse",
                                "ib",
                                null,
                                "Geheime aanpak",
                                Level.HIGH,
                                Level.HIGH,
                                StakeholderStatus.ON_BOARD,
                                "Privé: twijfelt nog")));
        UUID pair = as(() -> buddies.request(anna, bert, null)).id();
        assertThatThrownBy(() -> as(() -> buddies.insight(anna, pair)))
                .as("no insight before the pairing is accepted")
                .isInstanceOf(NotYoursException.class);
        as(() -> buddies.accept(bert, pair));

        BuddyInsight insight = as(() -> buddies.insight(anna, pair));
        assertThat(insight.buddyName()).isEqualTo("bert");
        assertThat(insight.progress().stakeholders()).isEqualTo(1);
        assertThat(insight.progress().withStatus(StakeholderStatus.ON_BOARD)).isEqualTo(1);
        assertThat(insight.stakeholders())
                .singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("Ilse"));
        assertThat(insight.toString()).doesNotContain("Privé").doesNotContain("Geheime aanpak");

        assertThatThrownBy(() -> as(() -> buddies.insight(carla, pair))).isInstanceOf(NotYoursException.class);
        as(() -> buddies.end(bert, pair));
        assertThatThrownBy(() -> as(() -> buddies.insight(anna, pair)))
                .as("an ended pairing shows nothing any more")
                .isInstanceOf(NotYoursException.class);
    }

    @Test
    void feedbackNeedsTextAndAnActivePairing() {
        UUID pair = as(() -> buddies.request(anna, bert, null)).id();
        as(() -> buddies.accept(bert, pair));
        refusedWith("trainer.validation.required", () -> as(() -> buddies.giveFeedback(anna, pair, "  ")));
        as(() -> buddies.giveFeedback(anna, pair, "Mooie SWOT!"));
        assertThat(as(() -> buddies.feedbackOf(bert, pair)))
                .singleElement()
                .satisfies(f -> assertThat(f.recipientId()).isEqualTo(bert));
        assertThatThrownBy(() -> as(() -> buddies.feedbackOf(carla, pair))).isInstanceOf(NotYoursException.class);
        assertThat(tx.as(otherRegion, () -> buddies.pairsOf(anna)))
                .as("row-level security")
                .isEmpty();
    }
}
