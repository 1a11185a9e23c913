package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.trainer.NotYoursException;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audience analysis and the unhelpful thoughts, against PostgreSQL with row-level security: one
 * analysis per trainer and region, saved only from the version the trainer saw; thoughts in the order
 * they were written; both private to their trainer and region.
 */
@PlatformTest
class AudienceTest {

    @Autowired
    Audience audience;

    @Autowired
    RegionDirectory regions;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    FreshDatabase db;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TwoTrainers t;

    @BeforeEach
    void setUp() {
        t = TwoTrainers.create(regions, accounts, transactionManager);
    }

    @Test
    void theFirstSaveCreatesTheAnalysisAndEveryLaterSaveNeedsTheVersionSeen() {
        assertThat(t.inRegion(t.anna(), () -> audience.analysisOf(t.anna())))
                .isEqualTo(new AudienceView(AudienceDraft.EMPTY, -1));
        AudienceDraft draft = new AudienceDraft(
                "  ib'ers en directeuren ", "   ", null, "Wat kost het?", " " + Audience.EXAMPLE_KERNBOODSCHAP + " ");
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> audience.save(t.anna(), 0, draft)))
                .as("there is no version 0 yet")
                .isInstanceOf(ChangedMeanwhileException.class);

        AudienceView first = t.inRegion(t.anna(), () -> audience.save(t.anna(), -1, draft));
        assertThat(first.answers())
                .as("trimmed, blank is no answer")
                .isEqualTo(new AudienceDraft(
                        "ib'ers en directeuren", null, null, "Wat kost het?", Audience.EXAMPLE_KERNBOODSCHAP));
        assertThat(first.version()).isZero();
        assertThat(t.inRegion(t.anna(), () -> audience.analysisOf(t.anna()))).isEqualTo(first);

        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> audience.save(t.anna(), -1, draft)))
                .as("a second tab that also started empty")
                .isInstanceOf(ChangedMeanwhileException.class);
        AudienceDraft changed = new AudienceDraft("ib'ers", "Nieuw SWV", null, null, "Kern");
        AudienceView second = t.inRegion(t.anna(), () -> audience.save(t.anna(), first.version(), changed));
        assertThat(second).isEqualTo(new AudienceView(changed, 1));
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> audience.save(t.anna(), first.version(), draft)))
                .isInstanceOf(ChangedMeanwhileException.class);

        assertThat(t.inRegion(t.anna(), () -> audience.analysisOf(t.anna()))).isEqualTo(second);
        assertThat(db.ownerQuery("select kernboodschap from audience_analysis where trainer_id = '" + t.anna() + "'"))
                .as("one row per trainer and region")
                .containsExactly("Kern");
    }

    @Test
    void tooLongAnswersAreRefusedPerFieldAndNothingIsSaved() {
        AudienceDraft tooLong =
                new AudienceDraft("p".repeat(2001), "s".repeat(2000), "c".repeat(2001), null, "k".repeat(501));
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> audience.save(t.anna(), -1, tooLong)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField())
                                .isEqualTo(Map.of(
                                        "publiek", "trainer.validation.tooLong.2000",
                                        "complexiteit", "trainer.validation.tooLong.2000",
                                        "kernboodschap", "trainer.validation.tooLong.500")));
        assertThat(t.inRegion(t.anna(), () -> audience.analysisOf(t.anna())).version())
                .isEqualTo(-1);

        AudienceDraft atTheLimits = new AudienceDraft(
                "p".repeat(2000), "s".repeat(2000), "c".repeat(2000), "v".repeat(2000), "k".repeat(500));
        assertThat(t.inRegion(t.anna(), () -> audience.save(t.anna(), -1, atTheLimits))
                        .answers())
                .isEqualTo(atTheLimits);
    }

    @Test
    void thoughtsAreListedInTheOrderWrittenAndAnsweredFromTheVersionSeen() {
        List<String> written = List.of(
                Audience.HANDOUT_THOUGHTS.get(1), Audience.HANDOUT_THOUGHTS.get(0), Audience.HANDOUT_THOUGHTS.get(4));
        ThoughtView first = t.inRegion(t.anna(), () -> audience.addThought(t.anna(), " " + written.get(0) + " ", " "));
        assertThat(first.thought()).isEqualTo(written.get(0));
        assertThat(first.answer()).as("a blank answer is no answer").isNull();
        t.inRegion(t.anna(), () -> audience.addThought(t.anna(), written.get(1), "Het levert tijd op."));
        ThoughtView third = t.inRegion(t.anna(), () -> audience.addThought(t.anna(), written.get(2), null));
        assertThat(t.inRegion(t.anna(), () -> audience.thoughtsOf(t.anna())))
                .extracting(ThoughtView::thought)
                .containsExactlyElementsOf(written);

        ThoughtView answered = t.inRegion(
                t.anna(),
                () -> audience.answer(
                        t.anna(), first.id(), first.version(), "  Het kost eerst tijd en levert dan tijd op. "));
        assertThat(answered.answer()).isEqualTo("Het kost eerst tijd en levert dan tijd op.");
        assertThat(answered.version()).isEqualTo(first.version() + 1);
        assertThatThrownBy(
                        () -> t.inRegion(t.anna(), () -> audience.answer(t.anna(), first.id(), first.version(), "x")))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(t.inRegion(t.anna(), () -> audience.answer(t.anna(), first.id(), answered.version(), ""))
                        .answer())
                .as("clearing the answer")
                .isNull();

        t.inRegion(t.anna(), () -> audience.removeThought(t.anna(), third.id()));
        assertThat(t.inRegion(t.anna(), () -> audience.thoughtsOf(t.anna())))
                .extracting(ThoughtView::thought)
                .containsExactly(written.get(0), written.get(1));
        assertThatThrownBy(
                        () -> t.inRegion(t.anna(), () -> audience.answer(t.anna(), third.id(), third.version(), "x")))
                .as("a removed thought is a conflict, not a crash")
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> audience.removeThought(t.anna(), third.id())))
                .isInstanceOf(ChangedMeanwhileException.class);
    }

    @Test
    void aThoughtIsRequiredAndItsAnswerLimited() {
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> audience.addThought(t.anna(), "  ", "a".repeat(1001))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField())
                                .isEqualTo(Map.of(
                                        "thought",
                                        "trainer.validation.required",
                                        "answer",
                                        "trainer.validation.tooLong.1000")));
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> audience.addThought(t.anna(), "t".repeat(301), null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).isEqualTo(Map.of("thought", "trainer.validation.tooLong.300")));
        assertThat(t.inRegion(t.anna(), () -> audience.thoughtsOf(t.anna())))
                .as("nothing stored")
                .isEmpty();

        ThoughtView longest =
                t.inRegion(t.anna(), () -> audience.addThought(t.anna(), "t".repeat(300), "a".repeat(1000)));
        assertThatThrownBy(() -> t.inRegion(
                        t.anna(), () -> audience.answer(t.anna(), longest.id(), longest.version(), "a".repeat(1001))))
                .isInstanceOf(InvalidInput.class);
        assertThat(t.inRegion(t.anna(), () -> audience.thoughtsOf(t.anna()))).containsExactly(longest);
    }

    @Test
    void theAnalysisAndTheThoughtsArePrivateToTheirTrainerAndRegion() {
        AudienceDraft annas = new AudienceDraft("Anna's publiek", null, null, null, "Anna's kern");
        t.inRegion(t.anna(), () -> audience.save(t.anna(), -1, annas));
        ThoughtView thought =
                t.inRegion(t.anna(), () -> audience.addThought(t.anna(), "Wij doen alles al goed.", null));

        assertThat(t.inRegion(t.bert(), () -> audience.analysisOf(t.bert())).version())
                .isEqualTo(-1);
        assertThat(t.inRegion(t.bert(), () -> audience.thoughtsOf(t.bert()))).isEmpty();
        assertThatThrownBy(() -> t.inRegion(
                        t.bert(), () -> audience.answer(t.bert(), thought.id(), thought.version(), "Bert's answer")))
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> t.inRegion(t.bert(), () -> audience.removeThought(t.bert(), thought.id())))
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> t.inRegion(t.bert(), () -> audience.analysisOf(t.anna())))
                .as("Bert cannot act in Anna's name")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> t.inRegion(t.bert(), () -> audience.save(t.anna(), 0, AudienceDraft.EMPTY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.call(
                        Callers.person(Role.REGION_ADMIN),
                        () -> t.tx().as(t.region(), () -> audience.thoughtsOf(t.anna()))))
                .as("only trainers")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(t.inRegion(t.anna(), () -> audience.thoughtsOf(t.anna())))
                .as("nothing changed")
                .containsExactly(thought);

        assertThat(t.in(t.otherRegion(), t.anna(), () -> audience.analysisOf(t.anna()))
                        .version())
                .as("row-level security: another region of Anna's starts empty")
                .isEqualTo(-1);
        assertThat(t.in(t.otherRegion(), t.anna(), () -> audience.thoughtsOf(t.anna())))
                .isEmpty();
        assertThatThrownBy(() -> t.in(t.otherRegion(), t.anna(), () -> audience.removeThought(t.anna(), thought.id())))
                .as("from another region the thought is not there at all")
                .isInstanceOf(ChangedMeanwhileException.class);
        AudienceDraft elsewhere = new AudienceDraft(null, null, null, null, "Andere kern");
        t.in(t.otherRegion(), t.anna(), () -> audience.save(t.anna(), -1, elsewhere));
        assertThat(t.inRegion(t.anna(), () -> audience.analysisOf(t.anna())).answers())
                .isEqualTo(annas);
        assertThat(db.ownerQuery("select r.sector from audience_analysis a join region r on r.id = a.tenant_id"
                        + " where a.trainer_id = '" + t.anna() + "' order by r.sector"))
                .as("one analysis per region, each stored in its own")
                .containsExactly("PO", "VO");
        for (String table : java.util.List.of("audience_analysis", "unhelpful_thought")) {
            assertThat(t.rowsSeenAndChangeableIn(jdbc, t.region(), table, t.anna()))
                    .as(table)
                    .isEqualTo("1 seen, 1 changeable");
        }
        assertThat(t.rowsSeenAndChangeableIn(jdbc, t.otherRegion(), "unhelpful_thought", t.anna()))
                .as("row-level security alone keeps the thought out of the other region")
                .isEqualTo("0 seen, 0 changeable");
    }
}
