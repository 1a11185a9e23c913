package nl.uitzicht.opp;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.access.SystemOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklists of the bound region in numbers, per school, for the daily reminder digest: the same rules as
 * the staff member's worklist ({@link WorklistItem}), but counts only, never a pupil. Run by the system.
 */
@Service
@Transactional
@SystemOnly
public class OppWorkload {

    private final OppRows opps;
    private final AuditLog audit;

    OppWorkload(OppRows opps, AuditLog audit) {
        this.opps = opps;
        this.audit = audit;
    }

    /** Per school with anything on its worklist on {@code today}: how many OPPs, by reason. */
    public List<SchoolWorklist> bySchool(LocalDate today) {
        Map<UUID, Map<WorklistItem.Reason, Integer>> counts = new LinkedHashMap<>();
        int total = 0;
        for (Opp opp : opps.findAll()) {
            if (!opp.getState().open()) {
                continue;
            }
            var item = WorklistItem.of(
                    new OppSummary(
                            opp.getId(),
                            opp.getPupilId(),
                            "",
                            "",
                            opp.getSchoolId(),
                            opp.getState(),
                            opp.getCurrentVersionNo(),
                            opp.deadlines()),
                    today);
            if (item.isPresent()) {
                counts.computeIfAbsent(opp.getSchoolId(), s -> new EnumMap<>(WorklistItem.Reason.class))
                        .merge(item.get().reason(), 1, Integer::sum);
                total++;
            }
        }
        audit.record(
                Actor.SYSTEM,
                AuditAction.VIEW,
                OppAccess.AUDIT_SUBJECT,
                null,
                "worklist counts for the reminder digest: " + total + " OPPs in " + counts.size() + " schools");
        return counts.entrySet().stream()
                .map(e -> new SchoolWorklist(e.getKey(), e.getValue()))
                .toList();
    }
}
