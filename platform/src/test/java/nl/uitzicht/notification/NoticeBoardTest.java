package nl.uitzicht.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.tenancy.RegionDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Who gets a notice: its recipient in its region, only while the region is active (no Spring context). */
class NoticeBoardTest {

    private final UUID region = UUID.randomUUID();
    private final UUID anna = UUID.randomUUID();
    private final RegionDirectory regions = mock(RegionDirectory.class);
    private final StaticListableBeanFactory beans = new StaticListableBeanFactory();
    private final NoticeBoard board = new NoticeBoard(beans.getBeanProvider(NoticeRelay.class), Runnable::run, regions);
    private final List<UserNotice> annaSees = new ArrayList<>();

    private UserNotice notice(UUID tenant, UUID recipient) {
        return new UserNotice(tenant, recipient, "buddy-feedback", "Bert", "Goed gedaan", null);
    }

    @Test
    void aNoticeReachesItsRecipientInItsRegionOnly() {
        when(regions.isActive(any())).thenReturn(true);
        board.subscribe(region, anna, annaSees::add);
        board.publish(notice(region, anna));
        board.publish(notice(region, UUID.randomUUID()));
        board.publish(notice(UUID.randomUUID(), anna));
        assertThat(annaSees).hasSize(1);
    }

    @Test
    void nothingIsDeliveredInASuspendedRegion() {
        when(regions.isActive(region)).thenReturn(false);
        board.subscribe(region, anna, annaSees::add);
        board.publish(notice(region, anna));
        assertThat(annaSees).isEmpty();
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() {
        when(regions.isActive(any())).thenReturn(true);
        NoticeBoard.Subscription s = board.subscribe(region, anna, annaSees::add);
        assertThat(board.subscriberCount()).isEqualTo(1);
        s.close();
        board.publish(notice(region, anna));
        assertThat(annaSees).isEmpty();
        assertThat(board.subscriberCount()).isZero();
    }

    @Test
    void aFailingReceiverDoesNotKeepTheNoticeFromOthers() {
        when(regions.isActive(any())).thenReturn(true);
        board.subscribe(region, anna, n -> {
            throw new IllegalStateException("closed tab");
        });
        board.subscribe(region, anna, annaSees::add);
        board.publish(notice(region, anna));
        assertThat(annaSees).hasSize(1);
    }

    @Test
    void withARelayNoticesGoThroughItAndLocallyWhenItFails() {
        NoticeRelay relay = mock(NoticeRelay.class);
        beans.addBean("relay", relay);
        when(regions.isActive(any())).thenReturn(true);
        board.subscribe(region, anna, annaSees::add);
        UserNotice n = notice(region, anna);
        board.publish(n);
        verify(relay).send(n);
        assertThat(annaSees).as("the relay delivers on every node, this one included").isEmpty();
        doThrow(new IllegalStateException("redis down")).when(relay).send(any());
        board.publish(n);
        assertThat(annaSees).containsExactly(n);
    }
}
