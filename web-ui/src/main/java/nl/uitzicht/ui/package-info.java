@ApplicationModule(
        displayName = "Vaadin UI",
        allowedDependencies = {
            "achterban",
            "analysis",
            "audit",
            "buddy",
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
