package nl.uitzicht.notification;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
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

    @Bean
    NoticeRelay redisRelay(StringRedisTemplate redis) {
        return notice -> redis.convertAndSend(CHANNEL, encode(notice));
    }

    @Bean
    RedisMessageListenerContainer noticeListener(RedisConnectionFactory factory, @Lazy NoticeBoard board) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(factory);
        container.addMessageListener((message, pattern) ->
                board.deliverHere(decode(new String(message.getBody(), StandardCharsets.UTF_8))), new ChannelTopic(CHANNEL));
        return container;
    }

    static String encode(UserNotice n) {
        return String.join(" ", n.tenantId().toString(), n.recipientId().toString(), b64(n.kind()), b64(n.from()),
                b64(n.text()), n.reference() == null ? "-" : n.reference().toString());
    }

    static UserNotice decode(String s) {
        String[] p = s.split(" ");
        return new UserNotice(UUID.fromString(p[0]), UUID.fromString(p[1]), unb64(p[2]), unb64(p[3]), unb64(p[4]),
                "-".equals(p[5]) ? null : UUID.fromString(p[5]));
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unb64(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
