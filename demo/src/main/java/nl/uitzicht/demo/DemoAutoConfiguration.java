package nl.uitzicht.demo;

import nl.uitzicht.demo.generator.SyntheticData;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * Demo mode ({@code uitzicht.demo.enabled}, the local run and the compose demo stack): the demo regions
 * and accounts, their OPPs, requests to the region and arrangement budgets, synthetic OPPs for the dashboard, the
 * trainer workspaces and, when an OIDC
 * provider is at hand, the demo region's identity provider. Never under the {@code prod} profile, whatever
 * the settings say (the production safety check refuses the setting there too).
 */
@AutoConfiguration
@Profile("!prod")
@ConditionalOnBooleanProperty("uitzicht.demo.enabled")
@Import({
    DemoRegions.class,
    DemoIdentityProvider.class,
    DemoOpps.class,
    DemoGoalLibrary.class,
    DemoRequests.class,
    DemoAnalysisData.class,
    DemoBudgets.class,
    TrainerDemo.class,
    SyntheticData.class
})
public class DemoAutoConfiguration {}
