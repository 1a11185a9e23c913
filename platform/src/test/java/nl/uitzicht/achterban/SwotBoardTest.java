package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.tenancy.RegionDirectory;
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
 * The SWOT board against PostgreSQL with row-level security: all four quadrants always there, notes
 * in the order written, changed only by their trainer from the version seen, private per region.
 */
@PlatformTest
class SwotBoardTest {

    @Autowired
    SwotBoard swot;

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

    private Map<SwotQuadrant, List<String>> annasBoard() {
        Map<SwotQuadrant, List<SwotItemView>> board = t.inRegion(t.anna(), () -> swot.boardOf(t.anna()));
        assertThat(board).as("every quadrant, in order").containsOnlyKeys(SwotQuadrant.values());
        assertThat(board.keySet()).containsExactly(SwotQuadrant.values());
        Map<SwotQuadrant, List<String>> texts = new java.util.EnumMap<>(SwotQuadrant.class);
        board.forEach((q, items) ->
                texts.put(q, items.stream().map(SwotItemView::text).toList()));
        return texts;
    }

    @Test
    void anEmptyBoardShowsTheFourQuadrantsAndNotesLandInTheirsInTheOrderWritten() {
        assertThat(annasBoard()).allSatisfy((q, texts) -> assertThat(texts).isEmpty());

        t.inRegion(t.anna(), () -> swot.add(t.anna(), SwotQuadrant.THREAT, "Werkdruk ib'ers"));
        SwotItemView first =
                t.inRegion(t.anna(), () -> swot.add(t.anna(), SwotQuadrant.STRENGTH, "  Betrokken directies "));
        assertThat(first.text()).isEqualTo("Betrokken directies");
        assertThat(first.quadrant()).isEqualTo(SwotQuadrant.STRENGTH);
        t.inRegion(t.anna(), () -> swot.add(t.anna(), SwotQuadrant.STRENGTH, "Goede OPP-sjablonen"));
        t.inRegion(t.anna(), () -> swot.add(t.anna(), SwotQuadrant.OPPORTUNITY, "Nieuwe wet"));

        assertThat(annasBoard())
                .isEqualTo(Map.of(
                        SwotQuadrant.STRENGTH, List.of("Betrokken directies", "Goede OPP-sjablonen"),
                        SwotQuadrant.WEAKNESS, List.of(),
                        SwotQuadrant.OPPORTUNITY, List.of("Nieuwe wet"),
                        SwotQuadrant.THREAT, List.of("Werkdruk ib'ers")));
    }

    @Test
    void aNoteNeedsAQuadrantAndTextOfAtMost300Characters() {
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> swot.add(t.anna(), null, " ")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField())
                                .isEqualTo(Map.of(
                                        "quadrant",
                                        "trainer.validation.choose",
                                        "text",
                                        "trainer.validation.required")));
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> swot.add(t.anna(), SwotQuadrant.WEAKNESS, "w".repeat(301))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).isEqualTo(Map.of("text", "trainer.validation.tooLong.300")));
        assertThat(db.ownerQuery("select count(*) from swot_item where trainer_id = '" + t.anna() + "'"))
                .containsExactly("0");

        SwotItemView longest = t.inRegion(t.anna(), () -> swot.add(t.anna(), SwotQuadrant.WEAKNESS, "w".repeat(300)));
        assertThatThrownBy(() -> t.inRegion(
                        t.anna(),
                        () -> swot.change(t.anna(), longest.id(), longest.version(), SwotQuadrant.WEAKNESS, "")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> t.inRegion(
                        t.anna(), () -> swot.change(t.anna(), longest.id(), longest.version(), null, "kort")))
                .isInstanceOf(InvalidInput.class);
        assertThat(annasBoard().get(SwotQuadrant.WEAKNESS)).containsExactly("w".repeat(300));
    }

    @Test
    void aNoteIsMovedAndRewordedOnlyFromTheVersionSeen() {
        SwotItemView note = t.inRegion(t.anna(), () -> swot.add(t.anna(), SwotQuadrant.WEAKNESS, "Weinig tijd"));
        SwotItemView moved = t.inRegion(
                t.anna(),
                () -> swot.change(
                        t.anna(), note.id(), note.version(), SwotQuadrant.THREAT, " Weinig tijd door werkdruk "));
        assertThat(moved)
                .isEqualTo(new SwotItemView(
                        note.id(), SwotQuadrant.THREAT, "Weinig tijd door werkdruk", note.version() + 1));
        assertThatThrownBy(() -> t.inRegion(
                        t.anna(), () -> swot.change(t.anna(), note.id(), note.version(), SwotQuadrant.STRENGTH, "Oud")))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(annasBoard().get(SwotQuadrant.THREAT)).containsExactly("Weinig tijd door werkdruk");
        assertThat(annasBoard().get(SwotQuadrant.WEAKNESS)).isEmpty();

        t.inRegion(t.anna(), () -> swot.remove(t.anna(), note.id()));
        assertThat(annasBoard()).allSatisfy((q, texts) -> assertThat(texts).isEmpty());
        assertThatThrownBy(() -> t.inRegion(
                        t.anna(), () -> swot.change(t.anna(), note.id(), moved.version(), SwotQuadrant.THREAT, "x")))
                .as("a removed note is a conflict, not a crash")
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThatThrownBy(() -> t.inRegion(t.anna(), () -> swot.remove(t.anna(), note.id())))
                .isInstanceOf(ChangedMeanwhileException.class);
    }

    @Test
    void aBoardIsPrivateToItsTrainerAndRegion() {
        SwotItemView note = t.inRegion(t.anna(), () -> swot.add(t.anna(), SwotQuadrant.STRENGTH, "Anna's sterkte"));

        assertThat(t.inRegion(t.bert(), () -> swot.boardOf(t.bert())))
                .allSatisfy((q, items) -> assertThat(items).isEmpty());
        assertThatThrownBy(() -> t.inRegion(
                        t.bert(),
                        () -> swot.change(t.bert(), note.id(), note.version(), SwotQuadrant.THREAT, "Bert's")))
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> t.inRegion(t.bert(), () -> swot.remove(t.bert(), note.id())))
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> t.inRegion(t.bert(), () -> swot.boardOf(t.anna())))
                .as("Bert cannot act in Anna's name")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> t.inRegion(t.bert(), () -> swot.remove(t.anna(), note.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(annasBoard().get(SwotQuadrant.STRENGTH))
                .as("nothing changed")
                .containsExactly("Anna's sterkte");

        assertThat(t.in(t.otherRegion(), t.anna(), () -> swot.boardOf(t.anna())))
                .as("row-level security")
                .allSatisfy((q, items) -> assertThat(items).isEmpty());
        assertThatThrownBy(() -> t.in(t.otherRegion(), t.anna(), () -> swot.remove(t.anna(), note.id())))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(db.ownerQuery("select tenant_id from swot_item where trainer_id = '" + t.anna() + "'"))
                .containsExactly(t.region().toString());
        assertThat(t.rowsSeenAndChangeableIn(jdbc, t.region(), "swot_item", t.anna()))
                .isEqualTo("1 seen, 1 changeable");
        assertThat(t.rowsSeenAndChangeableIn(jdbc, t.otherRegion(), "swot_item", t.anna()))
                .as("row-level security alone")
                .isEqualTo("0 seen, 0 changeable");
    }
}
