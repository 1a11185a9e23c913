package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import nl.uitzicht.identity.Role;
import nl.uitzicht.notification.NoticeBoard;
import nl.uitzicht.notification.UserNotice;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every open app of a trainer listens for their notices (buddy feedback) and shows them at once
 * through server push. The push runs outside any request: it binds the notice's region with
 * {@link TenantContext} inside {@code UI.access}, so views that reload data see the right rows.
 */
@Component
class BuddyNoticeListener implements VaadinServiceInitListener {

    private final NoticeBoard board;
    private final CurrentUser currentUser;

    BuddyNoticeListener(NoticeBoard board, CurrentUser currentUser) {
        this.board = board;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(nav -> follow(ui));
            ui.addDetachListener(detach -> stop(ui));
        });
    }

    /** (Re)subscribes after each navigation: the person or region may have changed (region switch, login). */
    private void follow(UI ui) {
        SignedInUser user = currentUser.find().orElse(null);
        UUID tenant = user == null || user.region() == null || !user.has(Role.TRAINER)
                ? null
                : user.region().regionId();
        NoticeBoard.Subscription current = ComponentUtil.getData(ui, NoticeBoard.Subscription.class);
        if (current != null && user != null && current.isFor(tenant, user.accountId())) {
            return;
        }
        stop(ui);
        if (tenant != null) {
            ComponentUtil.setData(
                    ui,
                    NoticeBoard.Subscription.class,
                    board.subscribe(tenant, user.accountId(), notice -> deliver(ui, notice)));
        }
    }

    private static void deliver(UI ui, UserNotice notice) {
        try {
            ui.access(() -> TenantContext.runAs(notice.tenantId(), () -> {
                show(ui, notice);
                ComponentUtil.fireEvent(ui, new NoticeArrived(ui, notice));
            }));
        } catch (UIDetachedException e) {
            stop(ui);
        }
    }

    private static void show(UI ui, UserNotice notice) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
        notification.setPosition(Notification.Position.TOP_END);
        notification.setDuration(15000);
        notification.addClassName("buddy-notice");
        Span text = new Span(ui.getTranslation("buddy.notice", notice.from(), excerpt(notice.text())));
        Button open = new Button(ui.getTranslation("buddy.notice.open"), e -> {
            notification.close();
            ui.navigate(BuddyView.class);
        });
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button close = new Button(ui.getTranslation("trainer.close"), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout layout = new HorizontalLayout(text, open, close);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(layout);
        notification.open();
    }

    private static String excerpt(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    private static void stop(UI ui) {
        @Nullable NoticeBoard.Subscription current = ComponentUtil.getData(ui, NoticeBoard.Subscription.class);
        if (current != null) {
            current.close();
            ComponentUtil.setData(ui, NoticeBoard.Subscription.class, null);
        }
    }
}
