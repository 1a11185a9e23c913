package nl.uitzicht.buddy;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.UUID;
import nl.uitzicht.notification.NoticeBoard;
import nl.uitzicht.notification.UserNotice;
import org.junit.jupiter.api.Test;

class FeedbackNotifierTest {

    @Test
    void committedFeedbackIsANoticeForTheBuddyInTheRegion() {
        NoticeBoard board = mock(NoticeBoard.class);
        UUID tenant = UUID.randomUUID();
        UUID pair = UUID.randomUUID();
        UUID recipient = UUID.randomUUID();
        new FeedbackNotifier(board).feedbackGiven(new FeedbackGiven(tenant, pair, recipient, "Anna", "Sterk gesprek!"));
        verify(board).publish(new UserNotice(tenant, recipient, FeedbackNotifier.KIND, "Anna", "Sterk gesprek!", pair));
    }
}
