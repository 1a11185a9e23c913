/**
 * Demo mode for the local run and the compose demo stack: two fictional regions with schools, one
 * account per role, OPPs in every state, synthetic OPPs for the dashboard and filled-in trainer
 * workspaces, all made through the services of the platform and tenant-admin. Not part of the
 * application's component scan: {@link nl.uitzicht.demo.DemoAutoConfiguration} loads it, outside the
 * {@code prod} profile only (docs/adr/0061-demo-code-in-its-own-module.md).
 */
@ApplicationModule(
        displayName = "Demo data, generator and benchmark (never in prod)",
        allowedDependencies = {
            "access",
            "achterban",
            "analysis",
            "audit",
            "buddy",
            "budget",
            "dashboard",
            "goallibrary",
            "identity",
            "opp",
            "opptemplate",
            "programme",
            "provisioning",
            "pupil",
            "request",
            "school",
            "support",
            "tenancy",
            "time",
            "trainer"
        })
@NullMarked
package nl.uitzicht.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
