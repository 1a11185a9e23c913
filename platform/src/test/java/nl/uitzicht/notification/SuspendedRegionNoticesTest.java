package nl.uitzicht.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Push notices respect suspension: while a region is suspended, the open apps of its people are told
 * nothing (they may still be open until the next click signs them out); after reactivation they are again.
 */
@PlatformTest
@nl.uitzicht.testing.WithRole(system = true)
class SuspendedRegionNoticesTest {

    @Autowired
    NoticeBoard board;

    @Autowired
    RegionDirectory regions;

    @Test
    void aSuspendedRegionsPeopleGetNoNotices() {
        UUID region = regions.register("PO3302", "Regio Stil", Sector.PO).getId();
        UUID other = regions.register("PO3303", "Regio Actief", Sector.PO).getId();
        UUID person = UUID.randomUUID();
        List<UserNotice> received = new CopyOnWriteArrayList<>();
        try (var inSuspended = board.subscribe(region, person, received::add);
                var inOther = board.subscribe(other, person, received::add)) {
            regions.suspend(region);
            // delivery on this node, synchronously: what both the local and the Redis path end in
            board.deliverHere(notice(region, person, "tijdens schorsing"));
            board.deliverHere(notice(other, person, "andere regio"));
            assertThat(received).extracting(UserNotice::text).containsExactly("andere regio");

            regions.reactivate(region);
            board.deliverHere(notice(region, person, "na heractivering"));
            assertThat(received).extracting(UserNotice::text).containsExactly("andere regio", "na heractivering");
        }
    }

    private static UserNotice notice(UUID region, UUID person, String text) {
        return new UserNotice(region, person, "buddy-feedback", "anna", text, null);
    }
}
