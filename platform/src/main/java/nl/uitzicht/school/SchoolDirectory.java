package nl.uitzicht.school;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schools of the current region. */
@Service
@Transactional(readOnly = true)
public class SchoolDirectory {

    public static final String PROFILE_CACHE = "school-profile";

    private final Schools schools;

    SchoolDirectory(Schools schools) {
        this.schools = schools;
    }

    public List<SchoolSummary> all() {
        return schools.findAllOrdered().stream().map(School::summary).toList();
    }

    public List<SchoolSummary> byIds(Collection<java.util.UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return schools.findAllOrdered(ids).stream().map(School::summary).toList();
    }

    /** The region's open schools per type: an aggregate, cached per region. */
    @Cacheable(cacheNames = PROFILE_CACHE, keyGenerator = "tenantKeys")
    public List<SchoolTypeCount> profile() {
        return schools.countByType();
    }

    @Transactional
    @CacheEvict(cacheNames = PROFILE_CACHE, keyGenerator = "tenantKey")
    public SchoolSummary register(String brin, String vestiging, String name, SchoolType type,
                                  @Nullable String municipality, int pupilCount) {
        return schools.save(new School(brin, vestiging, name, type, municipality, pupilCount)).summary();
    }
}
