package dev.pbiadmin.client.models;

/**
 * A Fabric {@code Principal}: a user, group, service principal or profile, with the details of its
 * kind ({@code userDetails.userPrincipalName}, {@code groupDetails.groupType}, {@code
 * servicePrincipalDetails.aadAppId}); {@code type} kept as a string.
 */
public record FabricPrincipal(
    String id,
    String displayName,
    String type,
    UserDetails userDetails,
    GroupDetails groupDetails,
    ServicePrincipalDetails servicePrincipalDetails) {

  public record UserDetails(String userPrincipalName) {}

  public record GroupDetails(String groupType) {}

  public record ServicePrincipalDetails(String aadAppId) {}
}
