package nl.uitzicht.buddy;

import nl.uitzicht.notification.NoticeBoard;
import nl.uitzicht.notification.UserNotice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Once feedback is committed, tells the buddy at once (in every open app, on every node). */
@Component
class FeedbackNotifier {

    static final String KIND = "buddy-feedback";

    private final NoticeBoard board;

    FeedbackNotifier(NoticeBoard board) {
        this.board = board;
    }

    @TransactionalEventListener
    void feedbackGiven(FeedbackGiven event) {
        board.publish(new UserNotice(
                event.tenantId(), event.recipientId(), KIND, event.authorName(), event.text(), event.pairId()));
    }
}
