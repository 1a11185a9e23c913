/**
 * The REST API under /api/v1: OAuth2 resource server, every path scoped to one region. It uses
 * {@code ui} only for the text bundles it shares with the screens ({@code UitzichtI18n}).
 */
@ApplicationModule(
        displayName = "REST API",
        allowedDependencies = {
            "audit",
            "duoimport",
            "failure",
            "identity",
            "invitation",
            "pupil",
            "school",
            "security",
            "ui",
            "validation"
        })
@NullMarked
package nl.uitzicht.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
