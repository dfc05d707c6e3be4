package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.client.AuthenticationFailedException;
import dev.pbiadmin.client.PowerBiException;
import dev.pbiadmin.client.PowerBiNotAuthorizedException;
import dev.pbiadmin.client.ThrottledException;

/**
 * Why the items check could not list the items, in a sentence that says what to change.
 * Items_ListItems admits a service principal through the tenant setting 'Service principals can
 * access read-only admin APIs' and a signed-in user who is a Fabric administrator with
 * Tenant.Read.All (its Permissions and Required Delegated Scopes text in
 * contract/fabric/admin/swagger.json).
 */
final class ItemsCheckFailure {
  static final String PERMISSION =
      "GET /v1/admin/items (Items_ListItems) admits a service principal when the tenant setting"
          + " 'Service principals can access read-only admin APIs' is enabled for a security group"
          + " it is in and the app has no admin-consent Power BI permissions, and a signed-in user"
          + " who is a Fabric administrator with the delegated permission Tenant.Read.All;"
          + " 'pbiadmin doctor' with the same options says which is missing.";

  /**
   * Fabric's 401 is about the token, its 403 about permissions (Microsoft's troubleshooting
   * article).
   */
  static final String TOKEN =
      "A 401 that a fresh token does not cure means Fabric does not take this identity's tokens:"
          + " check that --fabric-api-url is the Fabric API of the identity's own cloud and tenant."
          + " ";

  private ItemsCheckFailure() {}

  static String explain(RuntimeException e) {
    if (e instanceof PowerBiNotAuthorizedException refused) {
      return "Fabric refused the caller (HTTP "
          + refused.statusCode()
          + refused.errorCode().map(c -> " " + c).orElse("")
          + refused.requestId().map(id -> ", RequestId " + id).orElse("")
          + "). "
          + (refused.statusCode() == 401 ? TOKEN : "")
          + PERMISSION;
    }
    if (e instanceof ThrottledException) {
      return "Fabric kept throttling Items_ListItems (429), which allows 200 requests an hour per"
          + " caller, shared with every other tool using the same identity: "
          + firstLine(e)
          + ". Run the check"
          + " again later.";
    }
    if (e instanceof AuthenticationFailedException) {
      return "no token for the Fabric API (scope https://api.fabric.microsoft.com/.default) could"
          + " be acquired: "
          + firstLine(e)
          + ". The app needs the same Power BI permissions for Fabric's"
          + " audience; 'pbiadmin token' shows what Entra ID says.";
    }
    if (e instanceof CliException || e instanceof PowerBiException) {
      return end(firstLine(e));
    }
    return end(e.getClass().getSimpleName() + ": " + firstLine(e));
  }

  private static String firstLine(RuntimeException e) {
    String m = String.valueOf(e.getMessage()).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static String end(String sentence) {
    return sentence.endsWith(".") ? sentence : sentence + ".";
  }
}
