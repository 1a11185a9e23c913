package nl.uitzicht.security;

import java.util.UUID;

/** Who calls the REST API: the token's subject, in the region the token was issued for. */
public record ApiClient(String subject, UUID regionId, String regionCode) {}
