package nl.uitzicht.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.Role;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.UniqueFixtures;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Notices published on a node without Redis (the local path, on the real task executor): each
 * reaches only its recipient's open apps in its own region, off the publishing thread; a failing or
 * closed subscriber does not keep it from the others. Delivery runs through every subscription in
 * the order they were made, so once the last subscriber of a test has its notice, the earlier ones
 * have had their turn.
 */
@PlatformTest
@WithRole(Role.TRAINER)
class NoticeBoardTest {

    @Autowired
    NoticeBoard board;

    @Autowired
    RegionDirectory regions;

    UUID region;
    UUID otherRegion;
    final UUID anna = UUID.randomUUID();
    final UUID bert = UUID.randomUUID();

    @BeforeEach
    void twoRegions() {
        region = UniqueFixtures.region(regions, "Regio Noord", Sector.PO);
        otherRegion = UniqueFixtures.region(regions, "Regio Zuid", Sector.PO);
    }

    private static UserNotice notice(UUID tenant, UUID recipient, String text) {
        return new UserNotice(tenant, recipient, "buddy-feedback", "Carla", text, null);
    }

    private static <T> T awaited(CompletableFuture<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aNoticeReachesOnlyItsRecipientInItsRegionAndNotOnThePublishingThread() throws Exception {
        List<UserNotice> bertHere = new CopyOnWriteArrayList<>();
        List<UserNotice> annaElsewhere = new CopyOnWriteArrayList<>();
        CompletableFuture<Thread> annaHere = new CompletableFuture<>();
        List<UserNotice> annaHereSaw = new CopyOnWriteArrayList<>();
        try (var b = board.subscribe(region, bert, bertHere::add);
                var e = board.subscribe(otherRegion, anna, annaElsewhere::add);
                var a = board.subscribe(region, anna, n -> {
                    annaHereSaw.add(n);
                    annaHere.complete(Thread.currentThread());
                })) {
            UserNotice forAnna = notice(region, anna, "Goed gedaan");
            board.publish(forAnna);

            assertThat(awaited(annaHere)).as("delivered on the task executor").isNotSameAs(Thread.currentThread());
            assertThat(annaHereSaw).containsExactly(forAnna);
            assertThat(bertHere).as("another person in the same region").isEmpty();
            assertThat(annaElsewhere).as("the same person in another region").isEmpty();
        }
    }

    @Test
    void aFailingReceiverDoesNotKeepTheNoticeFromTheOthers() throws Exception {
        CompletableFuture<UserNotice> secondTab = new CompletableFuture<>();
        try (var closedTab = board.subscribe(region, anna, n -> {
                    throw new IllegalStateException("the tab was closed");
                });
                var open = board.subscribe(region, anna, secondTab::complete)) {
            UserNotice n = notice(region, anna, "Nieuwe feedback");
            board.publish(n);
            assertThat(awaited(secondTab)).isEqualTo(n);
        }
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() throws Exception {
        List<UserNotice> gone = new CopyOnWriteArrayList<>();
        CompletableFuture<UserNotice> stillOpen = new CompletableFuture<>();
        NoticeBoard.Subscription left = board.subscribe(region, anna, gone::add);
        try (var open = board.subscribe(region, anna, stillOpen::complete)) {
            left.close();
            UserNotice n = notice(region, anna, "Na het sluiten");
            board.publish(n);
            assertThat(awaited(stillOpen)).isEqualTo(n);
            assertThat(gone).isEmpty();
        }
    }

    @Test
    void nobodyWhoIsNotSignedInSubscribesOrPublishes() {
        assertThatThrownBy(() -> Callers.call(Callers.anonymous(), () -> board.subscribe(region, anna, n -> {})))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.run(Callers.anonymous(), () -> board.publish(notice(region, anna, "x"))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
