package nl.uitzicht.school;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.access.AnyRegionRole;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.validation.FieldProblem;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schools of the current region. */
@Service
@Transactional(readOnly = true)
@AnyRegionRole
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

    public Optional<SchoolSummary> find(UUID id) {
        return schools.findById(id).map(School::summary);
    }

    public Optional<SchoolSummary> findByCode(String brin, String vestiging) {
        return schools.findByBrinAndVestiging(brin, vestiging).map(School::summary);
    }

    /** Adds a school by hand: validated, and unique by BRIN and vestigingsnummer. */
    @Transactional
    @CacheEvict(cacheNames = PROFILE_CACHE, keyGenerator = "tenantKey")
    @RegionAdminOnly
    public SchoolSummary add(SchoolDetails details) {
        return add(details, SchoolSource.MANUAL);
    }

    /** Adds a school by hand or from an import (then {@link SchoolSource#DUO}): validated and unique. */
    @Transactional
    @CacheEvict(cacheNames = PROFILE_CACHE, keyGenerator = "tenantKey")
    @RegionAdminOnly
    public SchoolSummary add(SchoolDetails details, SchoolSource source) {
        SchoolDetails n = valid(details);
        if (schools.findByBrinAndVestiging(n.brin(), n.vestiging()).isPresent()) {
            throw new InvalidInput(List.of(new FieldProblem("brin", "admin.school.error.exists")));
        }
        School school = new School(n.brin(), n.vestiging(), n.name(), n.type(), n.municipality(), n.pupilCount());
        school.takeFrom(source);
        return schools.save(school).summary();
    }

    /**
     * Takes over DUO's details for a school (an import), from then on as a DUO school; refused when
     * someone else saved in between.
     */
    @Transactional
    @CacheEvict(cacheNames = PROFILE_CACHE, keyGenerator = "tenantKey")
    @RegionAdminOnly
    public SchoolSummary editFromDuo(UUID id, long expectedVersion, SchoolDetails details) {
        School school = current(id, expectedVersion);
        SchoolDetails n = valid(details);
        school.update(n);
        school.takeFrom(SchoolSource.DUO);
        return schools.saveAndFlush(school).summary();
    }

    /** Edits name, type, municipality and pupil count; refused when someone else saved in between. */
    @Transactional
    @CacheEvict(cacheNames = PROFILE_CACHE, keyGenerator = "tenantKey")
    @RegionAdminOnly
    public SchoolSummary edit(UUID id, long expectedVersion, SchoolDetails details) {
        School school = current(id, expectedVersion);
        SchoolDetails n = valid(details);
        school.update(n);
        return schools.saveAndFlush(school).summary();
    }

    /** Closes a school from {@code on}: it keeps its history but no longer counts as open. */
    @Transactional
    @CacheEvict(cacheNames = PROFILE_CACHE, keyGenerator = "tenantKey")
    @RegionAdminOnly
    public SchoolSummary close(UUID id, long expectedVersion, LocalDate on) {
        School school = current(id, expectedVersion);
        school.close(on);
        return schools.saveAndFlush(school).summary();
    }

    @Transactional
    @CacheEvict(cacheNames = PROFILE_CACHE, keyGenerator = "tenantKey")
    @RegionAdminOnly
    public SchoolSummary reopen(UUID id, long expectedVersion) {
        School school = current(id, expectedVersion);
        school.reopen();
        return schools.saveAndFlush(school).summary();
    }

    private School current(UUID id, long expectedVersion) {
        School school = schools.findById(id).orElseThrow(() -> new IllegalArgumentException("School not found: " + id));
        if (school.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(School.class, id);
        }
        return school;
    }

    private static SchoolDetails valid(SchoolDetails details) {
        List<FieldProblem> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return details.normalized();
    }

    @Transactional
    @CacheEvict(cacheNames = PROFILE_CACHE, keyGenerator = "tenantKey")
    @RegionAdminOnly
    public SchoolSummary register(
            String brin,
            String vestiging,
            String name,
            SchoolType type,
            @Nullable String municipality,
            int pupilCount) {
        return schools.save(new School(brin, vestiging, name, type, municipality, pupilCount))
                .summary();
    }
}
