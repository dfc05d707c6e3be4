package dev.pbiadmin.client.models;

/** A principal's access to a workspace; {@code groupUserAccessRight} e.g. Admin, Member, Viewer. */
public record GroupUser(
    String emailAddress,
    String displayName,
    String identifier,
    String graphId,
    String userType,
    String principalType,
    String groupUserAccessRight) {}
