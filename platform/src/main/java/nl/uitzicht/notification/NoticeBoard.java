package nl.uitzicht.notification;

import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import nl.uitzicht.access.AuthenticatedOnly;
import nl.uitzicht.tenancy.RegionDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Delivers notices to the people who have the app open. Subscribers on this node register here;
 * with Redis configured a notice travels through Redis pub/sub so every node (including this one)
 * delivers it to its own subscribers. Without Redis, or when Redis fails, it is delivered locally.
 */
@Service
public class NoticeBoard {

    private static final Logger log = LoggerFactory.getLogger(NoticeBoard.class);

    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final ObjectProvider<NoticeRelay> relay;
    private final Executor executor;
    private final RegionDirectory regions;

    /**
     * Local delivery runs on the application's task executor, never on the publishing thread: that
     * thread may be finishing a transaction (after-commit), where data access in a receiver would
     * join the spent transaction and see no region.
     */
    NoticeBoard(
            ObjectProvider<NoticeRelay> relay,
            @Qualifier("applicationTaskExecutor") Executor executor,
            RegionDirectory regions) {
        this.relay = relay;
        this.executor = executor;
        this.regions = regions;
    }

    /** Starts delivering notices for {@code recipientId} in {@code tenantId}; close the result to stop. */
    @AuthenticatedOnly
    public Subscription subscribe(UUID tenantId, UUID recipientId, Consumer<UserNotice> receiver) {
        Subscription subscription = new Subscription(tenantId, recipientId, receiver);
        subscriptions.add(subscription);
        return subscription;
    }

    @AuthenticatedOnly
    public void publish(UserNotice notice) {
        NoticeRelay available = relay.getIfAvailable();
        if (available != null) {
            try {
                available.send(notice);
                return;
            } catch (RuntimeException e) {
                log.warn("Notice relay failed, delivering on this node only: {}", e.toString());
            }
        }
        executor.execute(() -> deliverHere(notice));
    }

    /**
     * Hands a notice to this node's subscribers for its region and recipient, unless the region is suspended
     * (or deleted): its people may still have the app open until their next click signs them out, and must
     * not be told anything in the meantime. Checked on delivery, so a notice already on its way through
     * Redis when the region is suspended is stopped too. Not public and so not
     * a service method: the relay calls it on its listener thread, where nobody is signed in.
     */
    void deliverHere(UserNotice notice) {
        if (subscriptions.stream().noneMatch(s -> s.isFor(notice.tenantId(), notice.recipientId()))) {
            return;
        }
        if (!regions.isActive(notice.tenantId())) {
            log.info("Notice for suspended region {} not delivered", notice.tenantId());
            return;
        }
        for (Subscription s : subscriptions) {
            if (s.tenantId.equals(notice.tenantId()) && s.recipientId.equals(notice.recipientId())) {
                try {
                    s.receiver.accept(notice);
                } catch (RuntimeException e) {
                    log.warn("A notice receiver failed: {}", e.toString());
                }
            }
        }
    }

    int subscriberCount() {
        return subscriptions.size();
    }

    /** One open app (or test) listening for one person's notices. */
    public final class Subscription implements AutoCloseable {
        private final UUID tenantId;
        private final UUID recipientId;
        private final Consumer<UserNotice> receiver;

        private Subscription(UUID tenantId, UUID recipientId, Consumer<UserNotice> receiver) {
            this.tenantId = tenantId;
            this.recipientId = recipientId;
            this.receiver = receiver;
        }

        public boolean isFor(@Nullable UUID tenant, @Nullable UUID recipient) {
            return tenantId.equals(tenant) && recipientId.equals(recipient);
        }

        @Override
        public void close() {
            subscriptions.remove(this);
        }
    }
}
