package dev.pbiadmin.client.models;

/** A principal's access to an app; {@code appUserAccessRight} e.g. Owner, ReadExplore. */
public record AppUser(
    String emailAddress,
    String displayName,
    String identifier,
    String graphId,
    String principalType,
    String appUserAccessRight) {}
