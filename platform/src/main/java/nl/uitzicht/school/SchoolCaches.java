package nl.uitzicht.school;

import nl.uitzicht.cache.CachedValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The school feature's cache: the region's profile, a list of {@link SchoolTypeCount}. */
@Configuration(proxyBeanMethods = false)
class SchoolCaches {

    @Bean
    CachedValue cachedSchoolProfiles() {
        return CachedValue.listOf(SchoolDirectory.PROFILE_CACHE, SchoolTypeCount.class);
    }
}
