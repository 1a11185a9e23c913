package nl.uitzicht.request;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The region's decision on a request, with the last day an objection may be lodged (6 weeks, Awb). */
public record Decision(
        Outcome outcome,
        @Nullable FundingCategory fundingCategory,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable BigDecimal budgetAmount,
        @Nullable BigDecimal hours,
        String reasons,
        LocalDate decidedOn,
        String decidedBy,
        LocalDate objectionDeadlineOn)
        implements Serializable {}
