package dev.pbiadmin.emulator.content;

/**
 * Someone who can hold an access right in Power BI: a user, a security group or an app (service
 * principal). Instances are shared between every access entry that names them, which keeps a
 * 100,000-workspace tenant small.
 *
 * @param identifier the user's UPN, or the object id of a group or app
 * @param displayName name shown in access lists
 * @param emailAddress mail address; {@code null} for apps and most groups
 * @param graphId Entra object id
 * @param principalType {@code User}, {@code Group} or {@code App}
 * @param userType {@code Member} or {@code Guest} for users, {@code null} otherwise
 */
public record Principal(
    String identifier,
    String displayName,
    String emailAddress,
    String graphId,
    String principalType,
    String userType) {

  public static Principal user(String upn, String displayName, String objectId, boolean guest) {
    return new Principal(upn, displayName, upn, objectId, "User", guest ? "Guest" : "Member");
  }

  public static Principal group(String objectId, String displayName) {
    return new Principal(objectId, displayName, null, objectId, "Group", null);
  }

  public static Principal app(String servicePrincipalId, String displayName) {
    return new Principal(servicePrincipalId, displayName, null, servicePrincipalId, "App", null);
  }
}
