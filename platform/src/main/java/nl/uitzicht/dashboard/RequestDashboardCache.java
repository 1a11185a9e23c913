package nl.uitzicht.dashboard;

import nl.uitzicht.cache.CachedValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The request dashboard's shared cache holds whole {@link RequestFigures}. */
@Configuration(proxyBeanMethods = false)
class RequestDashboardCache {

    @Bean
    CachedValue cachedRequestFigures() {
        return CachedValue.of(RequestQueries.CACHE, RequestFigures.class);
    }
}
