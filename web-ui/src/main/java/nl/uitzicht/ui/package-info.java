@ApplicationModule(
        displayName = "Vaadin UI",
        allowedDependencies = {
            "achterban",
            "analysis",
            "audit",
            "board",
            "buddy",
            "budget",
            "csv",
            "dashboard",
            "document",
            "duoimport",
            "export",
            "failure",
            "goallibrary",
            "identity",
            "identityprovider",
            "invitation",
            "mail",
            "notification",
            "opp",
            "opptemplate",
            "parent",
            "programme",
            "provisioning",
            "pupil",
            "reminder",
            "request",
            "requestwork",
            "retention",
            "schoolyear",
            "school",
            "security",
            "support",
            "tenancy",
            "time",
            "trainer",
            "validation"
        })
@NullMarked
package nl.uitzicht.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
