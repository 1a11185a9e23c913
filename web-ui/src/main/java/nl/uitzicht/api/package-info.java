/** The REST API under /api/v1: OAuth2 resource server, every path scoped to one region. */
@NullMarked
package nl.uitzicht.api;

import org.jspecify.annotations.NullMarked;
