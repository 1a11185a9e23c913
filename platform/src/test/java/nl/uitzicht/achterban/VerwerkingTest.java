package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.UniqueFixtures;
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
 * The VERWERKING against PostgreSQL with row-level security: the handout's four actions as every
 * trainer's starting list, their own actions after them, statuses and notes changed only by their
 * trainer from the version seen; practice questions private to their asker, while the list for the
 * next practice meeting gathers the marked questions of the region's trainers, and only of that region.
 */
@PlatformTest
class VerwerkingTest {

    @Autowired
    Verwerking verwerking;

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

    private List<String> storedActionTitles(UUID trainer) {
        return db.ownerQuery(
                "select title from verwerking_action where trainer_id = '" + trainer + "' order by position");
    }

    @Test
    void theHandoutsFourActionsAreEveryTrainersStartingListMadeOnce() {
        List<ActionView> first = t.inRegion(t.anna(), () -> verwerking.actionsOf(t.anna()));
        assertThat(first).extracting(ActionView::title).containsExactlyElementsOf(Verwerking.HANDOUT_ACTIONS);
        assertThat(first).extracting(ActionView::position).containsExactly(1, 2, 3, 4);
        assertThat(first).extracting(ActionView::status).containsOnly(ActionStatus.TODO);
        assertThat(first).extracting(ActionView::notes).containsOnlyNulls();

        assertThat(t.inRegion(t.anna(), () -> verwerking.actionsOf(t.anna())))
                .as("the second look")
                .isEqualTo(first);
        assertThat(storedActionTitles(t.anna())).containsExactlyElementsOf(Verwerking.HANDOUT_ACTIONS);
        assertThat(storedActionTitles(t.bert())).as("Bert has not looked yet").isEmpty();
        assertThat(t.in(t.otherRegion(), t.anna(), () -> verwerking.actionsOf(t.anna())))
                .as("a list of Anna's own in her other region")
                .extracting(ActionView::id)
                .doesNotContainAnyElementsOf(first.stream().map(ActionView::id).toList())
                .hasSize(4);
        assertThat(t.rowsSeenAndChangeableIn(jdbc, t.region(), "verwerking_action", t.anna()))
                .isEqualTo("4 seen, 4 changeable");
        assertThat(t.rowsSeenAndChangeableIn(jdbc, t.otherRegion(), "verwerking_action", t.anna()))
                .as("row-level security alone: only the other region's own list")
                .isEqualTo("4 seen, 4 changeable");
    }

    @Test
    void aNewActionGoesAfterTheLastOneAndNeedsATitleOfAtMost200Characters() {
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> verwerking.addAction(t.anna(), " ")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).isEqualTo(Map.of("title", "trainer.validation.required")));
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> verwerking.addAction(t.anna(), "t".repeat(201))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).isEqualTo(Map.of("title", "trainer.validation.tooLong.200")));
        assertThat(storedActionTitles(t.anna()))
                .as("a refused action makes no starting list either")
                .isEmpty();

        ActionView added = t.inRegion(t.anna(), () -> verwerking.addAction(t.anna(), "  Nieuwsbrief schrijven "));
        assertThat(added.position()).as("after the handout's four").isEqualTo(5);
        assertThat(added.title()).isEqualTo("Nieuwsbrief schrijven");
        assertThat(added.status()).isEqualTo(ActionStatus.TODO);
        ActionView longest = t.inRegion(t.anna(), () -> verwerking.addAction(t.anna(), "t".repeat(200)));
        assertThat(longest.position()).isEqualTo(6);
        assertThat(t.inRegion(t.anna(), () -> verwerking.actionsOf(t.anna())))
                .extracting(ActionView::position)
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(t.inRegion(t.bert(), () -> verwerking.addAction(t.bert(), "Bert's eerste"))
                        .position())
                .as("each trainer counts their own")
                .isEqualTo(5);
    }

    @Test
    void onlyItsTrainerChangesAnActionAndOnlyFromTheVersionSeen() {
        ActionView action =
                t.inRegion(t.anna(), () -> verwerking.actionsOf(t.anna())).getFirst();

        ActionView doing = t.inRegion(
                t.anna(),
                () -> verwerking.updateAction(
                        t.anna(), action.id(), action.version(), ActionStatus.DOING, "  twaalf namen op de lijst "));
        assertThat(doing.status()).isEqualTo(ActionStatus.DOING);
        assertThat(doing.notes()).isEqualTo("twaalf namen op de lijst");
        assertThat(doing.version()).isEqualTo(action.version() + 1);
        assertThatThrownBy(() -> t.inRegion(
                        t.anna(),
                        () -> verwerking.updateAction(
                                t.anna(), action.id(), action.version(), ActionStatus.DONE, null)))
                .isInstanceOf(ChangedMeanwhileException.class);

        assertThatThrownBy(() -> t.inRegion(
                        t.anna(),
                        () -> verwerking.updateAction(t.anna(), action.id(), doing.version(), null, "n".repeat(2001))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField())
                                .isEqualTo(Map.of(
                                        "status",
                                        "trainer.validation.choose",
                                        "notes",
                                        "trainer.validation.tooLong.2000")));
        assertThatThrownBy(() -> t.inRegion(
                        t.bert(),
                        () -> verwerking.updateAction(
                                t.bert(), action.id(), doing.version(), ActionStatus.DONE, "Bert")))
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> t.inRegion(
                        t.bert(),
                        () -> verwerking.updateAction(
                                t.anna(), action.id(), doing.version(), ActionStatus.DONE, "Bert")))
                .as("nor in Anna's name")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> t.in(
                        t.otherRegion(),
                        t.anna(),
                        () -> verwerking.updateAction(t.anna(), action.id(), doing.version(), ActionStatus.DONE, null)))
                .as("row-level security: not there in another region")
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThatThrownBy(() -> t.inRegion(
                        t.anna(),
                        () -> verwerking.updateAction(t.anna(), UUID.randomUUID(), 0, ActionStatus.DONE, null)))
                .isInstanceOf(ChangedMeanwhileException.class);

        ActionView done = t.inRegion(
                t.anna(),
                () -> verwerking.updateAction(t.anna(), action.id(), doing.version(), ActionStatus.DONE, " "));
        assertThat(t.inRegion(t.anna(), () -> verwerking.actionsOf(t.anna())).getFirst())
                .isEqualTo(done);
        assertThat(done.notes()).as("blank notes are no notes").isNull();
        assertThat(db.ownerQuery("select status from verwerking_action where id = '" + action.id() + "'"))
                .containsExactly("DONE");
    }

    @Test
    void aQuestionNeedsTextOfAtMost500CharactersAndIsListedInTheOrderAsked() {
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> verwerking.addQuestion(t.anna(), null, true)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).isEqualTo(Map.of("text", "trainer.validation.required")));
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> verwerking.addQuestion(t.anna(), "q".repeat(501), true)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).isEqualTo(Map.of("text", "trainer.validation.tooLong.500")));

        QuestionView first =
                t.inRegion(t.anna(), () -> verwerking.addQuestion(t.anna(), " Hoe bereik ik de ib'ers? ", true));
        assertThat(first.text()).isEqualTo("Hoe bereik ik de ib'ers?");
        assertThat(first.trainerId()).isEqualTo(t.anna());
        assertThat(first.forNextMeeting()).isTrue();
        QuestionView second = t.inRegion(t.anna(), () -> verwerking.addQuestion(t.anna(), "q".repeat(500), false));
        // compared by id: the view an add returns carries the clock's nanoseconds, PostgreSQL keeps microseconds
        assertThat(t.inRegion(t.anna(), () -> verwerking.questionsOf(t.anna())))
                .extracting(QuestionView::id)
                .containsExactly(first.id(), second.id());
    }

    @Test
    void theNextMeetingGathersTheRegionsMarkedQuestionsWhileOnlyTheAskerChangesThem() {
        QuestionView annas = t.inRegion(t.anna(), () -> verwerking.addQuestion(t.anna(), "Anna: wie eerst?", true));
        QuestionView annasLater = t.inRegion(t.anna(), () -> verwerking.addQuestion(t.anna(), "Anna: later", false));
        QuestionView berts = t.inRegion(t.bert(), () -> verwerking.addQuestion(t.bert(), "Bert: hoe?", true));
        UUID carl = UniqueFixtures.account(accounts, "Carl");
        t.in(t.otherRegion(), carl, () -> verwerking.addQuestion(carl, "Carl: elders", true));

        assertThat(t.inRegion(t.bert(), () -> verwerking.forNextPracticeMeeting()))
                .extracting(QuestionView::text)
                .as("marked questions of this region's trainers, oldest first")
                .containsExactly("Anna: wie eerst?", "Bert: hoe?");
        assertThat(t.inRegion(t.bert(), () -> verwerking.questionsOf(t.bert())))
                .extracting(QuestionView::id)
                .containsExactly(berts.id());

        assertThatThrownBy(() ->
                        t.inRegion(t.bert(), () -> verwerking.markForNextMeeting(t.bert(), annasLater.id(), true)))
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> t.inRegion(t.bert(), () -> verwerking.removeQuestion(t.bert(), annas.id())))
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> t.inRegion(t.bert(), () -> verwerking.removeQuestion(t.anna(), annas.id())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(t.inRegion(t.anna(), () -> verwerking.markForNextMeeting(t.anna(), annasLater.id(), true))
                        .forNextMeeting())
                .isTrue();
        t.inRegion(t.anna(), () -> verwerking.removeQuestion(t.anna(), annas.id()));
        assertThat(t.inRegion(t.anna(), () -> verwerking.forNextPracticeMeeting()))
                .extracting(QuestionView::text)
                .as("in the order asked, not the order marked")
                .containsExactly("Anna: later", "Bert: hoe?");
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> verwerking.markForNextMeeting(t.anna(), annas.id(), false)))
                .as("a removed question is a conflict, not a crash")
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(t.in(t.otherRegion(), carl, () -> verwerking.forNextPracticeMeeting()))
                .extracting(QuestionView::text)
                .containsExactly("Carl: elders");
        assertThat(t.rowsSeenAndChangeableIn(jdbc, t.region(), "practice_question", t.bert()))
                .isEqualTo("1 seen, 1 changeable");
        assertThat(t.rowsSeenAndChangeableIn(jdbc, t.otherRegion(), "practice_question", t.bert()))
                .as("row-level security alone")
                .isEqualTo("0 seen, 0 changeable");
        assertThat(t.rowsSeenAndChangeableIn(jdbc, t.region(), "practice_question", carl))
                .isEqualTo("0 seen, 0 changeable");
    }
}
