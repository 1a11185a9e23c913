package nl.uitzicht.buddy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.CallerId;
import nl.uitzicht.access.TrainerOnly;
import nl.uitzicht.achterban.AchterbanMap;
import nl.uitzicht.achterban.AchterbanShape;
import nl.uitzicht.achterban.StakeholderKind;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.RegionMembers;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.trainer.BuddyRules;
import nl.uitzicht.trainer.TrainerProfileView;
import nl.uitzicht.trainer.TrainerProfiles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests buddies from the trainers of the same region, ranked by a score anyone can check:
 * <ul>
 *   <li>same programme group: +3</li>
 *   <li>per school type both have in their achterban: +2 (at most two types: +4)</li>
 *   <li>per stakeholder kind the other has and you lack (complementary achterban): +1</li>
 *   <li>the other has room for a buddy (no active buddy yet): +1</li>
 * </ul>
 * Never oneself, nobody already asked or paired with you, nobody without room under the region's
 * buddy limit. Ties go by name. Trainers of another region are never seen (they are not members here).
 */
@Service
@Transactional(readOnly = true)
@TrainerOnly
public class BuddySuggestions {

    static final int SAME_GROUP_POINTS = 3;
    static final int SCHOOL_TYPE_POINTS = 2;
    static final int MAX_SCHOOL_TYPES = 2;
    static final int COMPLEMENTARY_POINTS = 1;
    static final int AVAILABLE_POINTS = 1;

    private final RegionMembers members;
    private final BuddyPairs pairs;
    private final BuddyRules rules;
    private final TrainerProfiles profiles;
    private final AchterbanMap achterban;
    private final SchoolDirectory schools;

    BuddySuggestions(
            RegionMembers members,
            BuddyPairs pairs,
            BuddyRules rules,
            TrainerProfiles profiles,
            AchterbanMap achterban,
            SchoolDirectory schools) {
        this.members = members;
        this.pairs = pairs;
        this.rules = rules;
        this.profiles = profiles;
        this.achterban = achterban;
        this.schools = schools;
    }

    public List<BuddySuggestion> suggestionsFor(@CallerId UUID trainerId) {
        List<AccountSummary> trainers = members.withRole(TenantContext.require(), Role.TRAINER);
        List<BuddyPair> open = pairs.open();
        int max = rules.maxActiveBuddies();
        Set<UUID> ids = trainers.stream().map(AccountSummary::id).collect(Collectors.toSet());
        ids.add(trainerId);
        Map<UUID, TrainerProfileView> profileOf = profiles.of(ids);
        Map<UUID, AchterbanShape> shapeOf = achterban.shapesOf(ids);
        Map<UUID, SchoolType> typeOf = schools
                .byIds(shapeOf.values().stream()
                        .flatMap(s -> s.schoolIds().stream())
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::type));

        TrainerProfileView mine = profileOf.getOrDefault(trainerId, TrainerProfileView.EMPTY);
        AchterbanShape myShape = shapeOf.getOrDefault(trainerId, AchterbanShape.EMPTY);
        Set<SchoolType> myTypes = typesOf(myShape, typeOf);

        List<BuddySuggestion> result = new ArrayList<>();
        for (AccountSummary candidate : trainers) {
            UUID id = candidate.id();
            if (id.equals(trainerId) || open.stream().anyMatch(p -> p.involves(id) && p.involves(trainerId))) {
                continue;
            }
            long active = open.stream()
                    .filter(p -> p.getStatus() == BuddyStatus.ACTIVE && p.involves(id))
                    .count();
            if (active >= max) {
                continue;
            }
            AchterbanShape theirs = shapeOf.getOrDefault(id, AchterbanShape.EMPTY);
            List<SuggestionReason> reasons = reasons(
                    mine.programmeGroup(),
                    profileOf.getOrDefault(id, TrainerProfileView.EMPTY).programmeGroup(),
                    myTypes,
                    typesOf(theirs, typeOf),
                    myShape.kinds(),
                    theirs.kinds(),
                    active);
            int score = reasons.stream().mapToInt(SuggestionReason::points).sum();
            result.add(new BuddySuggestion(id, candidate.displayName(), score, reasons));
        }
        result.sort(Comparator.comparingInt(BuddySuggestion::score)
                .reversed()
                .thenComparing(BuddySuggestion::name, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    /**
     * Why a trainer with {@code their...} suits one with {@code my...}, each reason with its points (see
     * the class comment): the same programme group, school types both reach, stakeholder kinds only they
     * have, and room for a buddy.
     */
    static List<SuggestionReason> reasons(
            @Nullable String myGroup,
            @Nullable String theirGroup,
            Set<SchoolType> myTypes,
            Set<SchoolType> theirTypes,
            Set<StakeholderKind> myKinds,
            Set<StakeholderKind> theirKinds,
            long theirActiveBuddies) {
        List<SuggestionReason> reasons = new ArrayList<>();
        if (theirGroup != null && theirGroup.equalsIgnoreCase(myGroup)) {
            reasons.add(new SuggestionReason(SuggestionReason.SAME_GROUP, SAME_GROUP_POINTS, List.of(theirGroup)));
        }
        Set<SchoolType> shared = new TreeSet<>(theirTypes);
        shared.retainAll(myTypes);
        if (!shared.isEmpty()) {
            List<String> names =
                    shared.stream().limit(MAX_SCHOOL_TYPES).map(Enum::name).toList();
            reasons.add(new SuggestionReason(
                    SuggestionReason.SHARED_SCHOOL_TYPES, SCHOOL_TYPE_POINTS * names.size(), names));
        }
        Set<StakeholderKind> complementary = EnumSet.noneOf(StakeholderKind.class);
        complementary.addAll(theirKinds);
        complementary.removeAll(myKinds);
        if (!complementary.isEmpty()) {
            reasons.add(new SuggestionReason(
                    SuggestionReason.COMPLEMENTARY,
                    COMPLEMENTARY_POINTS * complementary.size(),
                    complementary.stream().map(Enum::name).toList()));
        }
        if (theirActiveBuddies == 0) {
            reasons.add(new SuggestionReason(SuggestionReason.AVAILABLE, AVAILABLE_POINTS, List.of()));
        }
        return reasons;
    }

    private static Set<SchoolType> typesOf(AchterbanShape shape, Map<UUID, SchoolType> typeOf) {
        Set<SchoolType> types = EnumSet.noneOf(SchoolType.class);
        shape.schoolIds().stream()
                .map(typeOf::get)
                .filter(java.util.Objects::nonNull)
                .forEach(types::add);
        return types;
    }
}
