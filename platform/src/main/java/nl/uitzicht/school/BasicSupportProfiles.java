package nl.uitzicht.school;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.Allow;
import nl.uitzicht.access.PolicyOrRegionAdmin;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Basic support (basisondersteuning) in the current region: the region's standard (which support
 * categories every school must cover) and each school's profile (which categories its SOP says it
 * covers). Read by the dashboards to find where basic support falls short.
 */
@Service
@Transactional(readOnly = true)
@PolicyOrRegionAdmin
public class BasicSupportProfiles {

    private final BasicSupportStandardRows standards;
    private final SchoolSupportProfileRows profiles;
    private final Schools schools;
    private final SupportCategories categories;

    BasicSupportProfiles(
            BasicSupportStandardRows standards,
            SchoolSupportProfileRows profiles,
            Schools schools,
            SupportCategories categories) {
        this.standards = standards;
        this.profiles = profiles;
        this.schools = schools;
        this.categories = categories;
    }

    /** The categories (ids) every school of the region must cover within basic support. */
    @PreAuthorize(Allow.REQUEST_FIGURES) // also read for the request figures of case managers (ADR 0095)
    public Set<UUID> standard() {
        return standardCoverage().categoryIds();
    }

    public Coverage standardCoverage() {
        return standards
                .findFirstBy()
                .map(r -> new Coverage(r.categories(), r.getVersion()))
                .orElse(new Coverage(Set.of(), -1));
    }

    /** The categories (ids) this school's SOP covers within basic support; empty if none recorded. */
    public Set<UUID> coveredBy(UUID schoolId) {
        return coverageOf(schoolId).categoryIds();
    }

    public Coverage coverageOf(UUID schoolId) {
        return profiles.findById(schoolId)
                .map(p -> new Coverage(p.categories(), p.getVersion()))
                .orElse(new Coverage(Set.of(), -1));
    }

    /** Every school's covered categories, by school id (schools with no profile are absent). */
    @PreAuthorize(Allow.REQUEST_FIGURES) // also read for the request figures of case managers (ADR 0095)
    public Map<UUID, Set<UUID>> coverageBySchool() {
        Map<UUID, Set<UUID>> result = new HashMap<>();
        profiles.findAll().forEach(p -> result.put(p.getSchoolId(), p.categories()));
        return result;
    }

    /** The standard's categories this school does not cover: where its basic support falls short. */
    public Set<UUID> gapsOf(UUID schoolId) {
        Set<UUID> gaps = new LinkedHashSet<>(standard());
        gaps.removeAll(coveredBy(schoolId));
        return gaps;
    }

    /** Sets the region's standard; {@code expectedVersion} is -1 when none was set before. */
    @Transactional
    @RegionAdminOnly
    public Coverage setStandard(Collection<UUID> categoryIds, long expectedVersion) {
        Set<UUID> valid = known(categoryIds);
        BasicSupportStandardRow row = standards.findFirstBy().orElseGet(BasicSupportStandardRow::empty);
        long current =
                standards.findFirstBy().map(BasicSupportStandardRow::getVersion).orElse(-1L);
        if (current != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(BasicSupportStandardRow.class, "standard");
        }
        row.require(valid);
        BasicSupportStandardRow saved = standards.saveAndFlush(row);
        return new Coverage(saved.categories(), saved.getVersion());
    }

    /** Sets what a school's SOP covers; {@code expectedVersion} is -1 when nothing was recorded before. */
    @Transactional
    @RegionAdminOnly
    public Coverage setCoverage(UUID schoolId, Collection<UUID> categoryIds, long expectedVersion) {
        if (!schools.existsById(schoolId)) {
            throw new IllegalArgumentException("School not found: " + schoolId);
        }
        Set<UUID> valid = known(categoryIds);
        SchoolSupportProfile profile = profiles.findById(schoolId).orElse(null);
        long current = profile == null ? -1 : profile.getVersion();
        if (current != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(SchoolSupportProfile.class, schoolId);
        }
        if (profile == null) {
            profile = new SchoolSupportProfile(schoolId);
        }
        profile.cover(valid);
        SchoolSupportProfile saved = profiles.saveAndFlush(profile);
        return new Coverage(saved.categories(), saved.getVersion());
    }

    private Set<UUID> known(Collection<UUID> categoryIds) {
        Set<UUID> known = categories.all().stream().map(SupportCategory::id).collect(Collectors.toSet());
        for (UUID id : categoryIds) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("Unknown support category: " + id);
            }
        }
        return new LinkedHashSet<>(categoryIds);
    }
}
