package nl.uitzicht.ops;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refused settings as Spring Boot's "APPLICATION FAILED TO START" report, without a stack trace. */
class UnsafeProductionSettingsAnalyzer extends AbstractFailureAnalyzer<UnsafeProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeProductionSettingsException cause) {
        return new FailureAnalysis(
                "The prod profile is active with settings from the local demo:\n- "
                        + String.join("\n- ", cause.problems()),
                "Set these environment variables (see README, Configuration), or run without SPRING_PROFILES_ACTIVE=prod "
                        + "for a local demo.",
                cause);
    }
}
