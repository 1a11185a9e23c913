package nl.uitzicht.cluster;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Scheduling for the app nodes, with {@link ScheduledOnce} jobs guarded by the {@link ClusterLock}.
 * Off with {@code uitzicht.scheduling.enabled=false} (the one-shot migration run).
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    ClusterLock clusterLock(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            @Value("${uitzicht.cluster.node-name:}") String nodeName) {
        return new ClusterLock(jdbc, transactionManager, nodeName.isBlank() ? defaultNodeName() : nodeName);
    }

    /** Infrastructure role: picked up by the auto-proxy creator that transactions already use. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor scheduledOnceAdvisor(@Lazy ClusterLock lock) {
        return new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(ScheduledOnce.class),
                new ScheduledOnceInterceptor(lock));
    }

    /** Pod name (HOSTNAME in Kubernetes), pid and a random part: unique per running context. */
    private static String defaultNodeName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "unknown";
            }
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnBooleanProperty(name = "uitzicht.scheduling.enabled", matchIfMissing = true)
    static class Scheduling {}
}
