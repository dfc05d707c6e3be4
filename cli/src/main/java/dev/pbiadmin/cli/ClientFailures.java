package dev.pbiadmin.cli;

import dev.pbiadmin.cli.auth.PrincipalKind;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.client.AuthenticationFailedException;
import dev.pbiadmin.client.PowerBiException;
import dev.pbiadmin.client.PowerBiNotAuthorizedException;
import dev.pbiadmin.client.ThrottledException;
import java.time.Duration;

/**
 * Maps the client library's exception tree (thrown by {@code PowerBiAdminClient}) to a {@link
 * Failure}. The client's messages already say what the service said, with the request id; this adds
 * what to do, for the kind of caller: a service principal and a signed-in user are admitted by
 * different rules. Returns null for anything that is not the client's.
 */
final class ClientFailures {
  private ClientFailures() {}

  static final String USER_ADVICE =
      "Power BI refused the signed-in user (PowerBINotAuthorizedException). With a user's token the"
          + " admin APIs need the Fabric Administrator role (or Global or Power Platform"
          + " Administrator; activated, if it is eligible in Privileged Identity Management) and"
          + " the delegated permission Tenant.Read.All or Tenant.ReadWrite.All in the token's scp"
          + " (pbiadmin token shows it); run 'pbiadmin doctor' with the same options to see which"
          + " is missing.";
  static final String EITHER_ADVICE =
      "Power BI refused the caller (PowerBINotAuthorizedException). A service principal needs the"
          + " tenant setting 'Service principals can access read-only admin APIs' enabled for a"
          + " security group it is in, and no admin-consent Power BI permissions; a user needs the"
          + " Fabric Administrator role and Tenant.Read.All in the token's scp. 'pbiadmin token'"
          + " shows which this is; 'pbiadmin doctor' with the same options says what is missing.";

  static Failure explain(Throwable t, PrincipalKind principal) {
    if (t instanceof PowerBiNotAuthorizedException notAuthorized) {
      return new Failure(
          ExitCode.NOT_AUTHORIZED,
          switch (principal) {
            // The client's message names the tenant setting, the security group and 'pbiadmin
            // doctor'.
            case SERVICE_PRINCIPAL -> notAuthorized.getMessage();
            case USER -> USER_ADVICE + notAuthorized.context();
            case EITHER -> EITHER_ADVICE + notAuthorized.context();
          });
    }
    if (t instanceof ThrottledException throttled) {
      // the client's message names the service that throttled: Power BI or Fabric
      String service =
          String.valueOf(throttled.getMessage()).contains("throttled by Fabric")
              ? "Fabric"
              : "Power BI";
      String when =
          throttled
              .retryAfter()
              .map(ClientFailures::humanWait)
              .map(w -> " " + service + " accepts calls again in " + w + ".")
              .orElse("");
      return new Failure(
          ExitCode.THROTTLED,
          service
              + " kept throttling the requests (429 Too Many Requests) beyond the retry budget."
              + when
              + (service.equals("Fabric")
                  ? " Run again later; the tenant-settings APIs allow 25 calls a minute."
                  : " Run again later; admin list APIs allow about 50 calls per hour per tenant."));
    }
    if (t instanceof AuthenticationFailedException auth) {
      return new Failure(
          ExitCode.AUTHENTICATION_FAILED,
          Failures.firstLine(auth.getMessage(), "no token could be acquired")
              + (principal == PrincipalKind.USER
                  ? ". Check --tenant, --client-id, --username and the password (pbiadmin doctor"
                      + " explains Entra ID's answer)."
                  : ". Check --tenant, --client-id and the secret or certificate (pbiadmin token"
                      + " shows what Entra ID says)."));
    }
    if (t instanceof PowerBiException service) {
      ExitCode code = service.statusCode() == 404 ? ExitCode.NOT_FOUND_OR_IO : ExitCode.FAILURE;
      return new Failure(
          code, Failures.firstLine(service.getMessage(), "Power BI refused the request") + ".");
    }
    return null;
  }

  private static String humanWait(Duration wait) {
    long minutes = wait.toMinutes();
    return minutes > 0 ? minutes + " min " + wait.toSecondsPart() + " s" : wait.toSeconds() + " s";
  }
}
