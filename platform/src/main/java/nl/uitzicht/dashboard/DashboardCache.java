package nl.uitzicht.dashboard;

import nl.uitzicht.cache.CachedValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard's shared cache holds whole {@link Dashboard}s. */
@Configuration(proxyBeanMethods = false)
class DashboardCache {

    @Bean
    CachedValue cachedDashboards() {
        return CachedValue.of(DashboardQueries.CACHE, Dashboard.class);
    }
}
