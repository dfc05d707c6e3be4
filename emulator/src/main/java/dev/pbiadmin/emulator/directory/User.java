package dev.pbiadmin.emulator.directory;

/**
 * A user of the emulated tenant.
 *
 * @param objectId the user's object id ({@code oid})
 * @param userPrincipalName the sign-in name, e.g. {@code admin@contoso.com}
 * @param displayName display name
 * @param passwordHash salted hash of the password, or {@code null} if password sign-in is off
 * @param fabricAdministrator whether the user holds the Fabric administrator role
 */
public record User(
    String objectId,
    String userPrincipalName,
    String displayName,
    String passwordHash,
    boolean fabricAdministrator) {}
