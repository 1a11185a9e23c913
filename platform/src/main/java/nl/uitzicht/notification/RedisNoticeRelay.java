package nl.uitzicht.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * With {@code uitzicht.redis.enabled}: notices go out on one Redis channel and every node's
 * listener hands them to its own subscribers. Plain text encoding, no Java serialization.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("uitzicht.redis.enabled")
class RedisNoticeRelay {

    static final String CHANNEL = "uitzicht:notices";
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(RedisNoticeRelay.class);

    @Bean
    NoticeRelay redisRelay(StringRedisTemplate redis) {
        return notice -> redis.convertAndSend(CHANNEL, encode(notice));
    }

    /**
     * The channel's listener. Its container is not a bean of its own: Spring would stop and destroy it at shutdown
     * without a time limit, and Spring Data Redis can hold the container's lock for good while it recovers from a
     * failed first subscription (a join on a subscription that never completes), which hung the shutdown (a
     * test context's close, in CI). {@link NoticeListener#destroy()} stops it with a bounded wait instead.
     */
    @Bean
    NoticeListener noticeListener(RedisConnectionFactory factory, @Lazy NoticeBoard board) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(factory);
        container.setAutoStartup(false);
        container.addMessageListener(
                (message, pattern) -> board.deliverHere(decode(new String(message.getBody(), StandardCharsets.UTF_8))),
                new ChannelTopic(CHANNEL));
        container.afterPropertiesSet();
        return new NoticeListener(container);
    }

    /**
     * Subscribes once the app is up, in the background and retrying: a Redis that is down or slow
     * at start-up delays cross-node notices, it never stops the app from starting.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> startNoticeListener(NoticeListener noticeListener) {
        return event -> Thread.ofVirtual()
                .name("notice-listener-start")
                .start(() -> subscribe(noticeListener.container, event.getApplicationContext()));
    }

    /**
     * The listener container, stopped at shutdown with a bounded wait: destroyed before the connection factory it
     * depends on, so if the stop does not finish within {@link #STOP_WAIT}, closing the factory's connections ends
     * the subscription it waits for, and the stop finishes in its own thread.
     */
    static final class NoticeListener implements DisposableBean {

        static final Duration STOP_WAIT = Duration.ofSeconds(3);

        private final RedisMessageListenerContainer container;

        NoticeListener(RedisMessageListenerContainer container) {
            this.container = container;
        }

        @Override
        public void destroy() throws InterruptedException {
            Thread stop = Thread.ofVirtual().name("notice-listener-stop").start(() -> {
                try {
                    container.destroy();
                } catch (Exception e) {
                    log.warn("Notices across nodes: stopping the Redis listener failed ({})", e.toString());
                }
            });
            if (!stop.join(STOP_WAIT)) {
                log.warn(
                        "Notices across nodes: the Redis listener did not stop within {}; closing the connections ends it",
                        STOP_WAIT);
            }
        }
    }

    private static void subscribe(RedisMessageListenerContainer container, ConfigurableApplicationContext context) {
        Duration pause = Duration.ofSeconds(1);
        while (!container.isRunning() && context.isActive()) {
            try {
                container.start();
            } catch (RuntimeException e) {
                log.warn("Notices across nodes: Redis not reachable yet ({}), retrying in {}", e.toString(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    static String encode(UserNotice n) {
        return String.join(
                " ",
                n.tenantId().toString(),
                n.recipientId().toString(),
                b64(n.kind()),
                b64(n.from()),
                b64(n.text()),
                n.reference() == null ? "-" : n.reference().toString());
    }

    static UserNotice decode(String s) {
        String[] p = s.split(" ");
        return new UserNotice(
                UUID.fromString(p[0]),
                UUID.fromString(p[1]),
                unb64(p[2]),
                unb64(p[3]),
                unb64(p[4]),
                "-".equals(p[5]) ? null : UUID.fromString(p[5]));
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unb64(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
