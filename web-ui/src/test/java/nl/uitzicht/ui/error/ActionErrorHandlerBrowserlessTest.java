package nl.uitzicht.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationTester;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import java.util.List;
import nl.uitzicht.AppTest;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.validation.FieldProblem;
import nl.uitzicht.validation.InvalidInput;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A failed action shows one Dutch notification per kind of failure, keeps what was typed, and never shows a
 * stack trace or an exception's own text.
 */
@AppTest
@Tag("browserless")
class ActionErrorHandlerBrowserlessTest extends SpringBrowserlessTest {

    private final ActionErrorHandler handler = new ActionErrorHandler();

    @BeforeEach
    void dutch() {
        UI.getCurrent().setLocale(nl.uitzicht.ui.UitzichtI18n.DUTCH);
    }

    private String shownAfter(Throwable failure) {
        find(Notification.class).all().forEach(Notification::close);
        handler.error(new ErrorEvent(failure));
        List<Notification> shown = find(Notification.class).all().stream()
                .filter(Notification::isOpened)
                .toList();
        assertThat(shown).hasSize(1);
        String text = new NotificationTester<>(shown.getFirst()).getText();
        assertThat(text).doesNotContain("Exception", "at nl.", "at org.");
        return text;
    }

    @Test
    void aConflictSaysSomeoneElseChangedItAndKeepsTheTypedText() {
        TextField note = new TextField();
        UI.getCurrent().add(note);
        note.setValue("mijn half getypte tekst");

        String text = shownAfter(new RuntimeException(new ObjectOptimisticLockingFailureException("Opp", "1")));

        assertThat(text)
                .startsWith("Iemand anders heeft dit intussen gewijzigd")
                .contains("ververs")
                .containsPattern("foutcode [0-9a-f]{8}");
        assertThat(note.getValue()).isEqualTo("mijn half getypte tekst");
    }

    @Test
    void accessDeniedSaysGeenToegang() {
        assertThat(shownAfter(new AuthorizationDeniedException("Access Denied")))
                .startsWith("Geen toegang")
                .containsPattern("foutcode [0-9a-f]{8}");
    }

    @Test
    void invalidInputShowsEveryProblemsMessage() {
        String text = shownAfter(new InvalidInput(List.of(
                new FieldProblem("name", "support.error.name"), new FieldProblem("round", "analysis.error.conflict"))));

        assertThat(text).doesNotContain("support.error", "analysis.error").isNotBlank();
    }

    @Test
    void aDatabaseOutageSaysNothingWasSaved() {
        for (Throwable outage : List.of(
                new DataAccessResourceFailureException("down"),
                new CannotCreateTransactionException("no connection"),
                new JDBCConnectionException("refused", new java.sql.SQLException("refused")),
                new PSQLException(new ServerErrorMessage(
                        "SFATAL\0C57P01\0Mterminating connection due to administrator command\0")),
                new PSQLException(
                        new ServerErrorMessage("SERROR\0C57014\0Mcanceling statement due to statement timeout\0")))) {
            assertThat(shownAfter(outage))
                    .as(outage.getClass().getSimpleName())
                    .startsWith("De database is even niet bereikbaar")
                    .contains("niets opgeslagen", "staat nog op het scherm")
                    .containsPattern("foutcode [0-9a-f]{8}");
        }
    }

    /** Issue 22: an outage under a scoped lookup is not "not found"; a real "not found" says so, with an id. */
    @Test
    void anOutageBehindANotFoundIsStillAnOutage() {
        assertThat(shownAfter(new java.util.NoSuchElementException(
                        "hidden", new PSQLException(new ServerErrorMessage("SFATAL\0C08006\0Mconnection lost\0")))))
                .startsWith("De database is even niet bereikbaar");
        assertThat(shownAfter(new RuntimeException(
                        "listener", new PSQLException(new ServerErrorMessage("SFATAL\0C08006\0Mconnection lost\0")))))
                .startsWith("De database is even niet bereikbaar");
        assertThat(shownAfter(new OutOfScopeException()))
                .startsWith("Dit bestaat niet")
                .containsPattern("foutcode [0-9a-f]{8}");
    }

    @Test
    void anythingElseShowsAnErrorIdAndNoDetails() {
        String text = shownAfter(new IllegalStateException("secret internal detail"));

        assertThat(text).startsWith("Er ging iets mis (foutcode ").doesNotContain("secret internal detail");
        assertThat(text).containsPattern("foutcode [0-9a-f]{8}\\)");
    }

    @Test
    void everySessionGetsTheHandler() {
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getErrorHandler())
                .isInstanceOf(ActionErrorHandler.class);
    }
}
