package nl.uitzicht.tenancy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    /** Replaces Boot's JpaTransactionManager, which backs off when one is defined. */
    @Bean
    PlatformTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
        TenantAwareJpaTransactionManager manager = new TenantAwareJpaTransactionManager();
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }

    /** Boot applies a single TaskDecorator bean to its task executors and schedulers. */
    @Bean
    TaskDecorator tenantPropagatingTaskDecorator() {
        return new TenantPropagatingTaskDecorator();
    }
}
