package nl.uitzicht.analysis;

import java.util.UUID;

/** Published when consensus scores of a region change: dashboards drop their cached aggregates. */
public record AnalysisChanged(UUID regionId) {
}
