package dev.pbiadmin.cli;

import dev.pbiadmin.client.AuthenticationFailedException;
import dev.pbiadmin.client.PowerBiException;
import dev.pbiadmin.client.PowerBiNotAuthorizedException;
import dev.pbiadmin.client.ThrottledException;
import java.time.Duration;

/**
 * Maps the client library's exception tree (thrown by {@code PowerBiAdminClient}) to a {@link
 * Failure}. The client's messages already say what the service said, with the request id; this
 * adds what to do. Returns null for anything that is not the client's.
 */
final class ClientFailures {
  private ClientFailures() {}

  static Failure explain(Throwable t) {
    if (t instanceof PowerBiNotAuthorizedException notAuthorized) {
      // The client's message names the tenant setting, the security group and 'pbiadmin doctor'.
      return new Failure(ExitCode.NOT_AUTHORIZED, notAuthorized.getMessage());
    }
    if (t instanceof ThrottledException throttled) {
      // the client's message names the service that throttled: Power BI or Fabric
      String service = String.valueOf(throttled.getMessage()).contains("throttled by Fabric") ? "Fabric" : "Power BI";
      String when =
          throttled.retryAfter().map(ClientFailures::humanWait).map(w -> " " + service + " accepts calls again in " + w + ".").orElse("");
      return new Failure(
          ExitCode.THROTTLED,
          service + " kept throttling the requests (429 Too Many Requests) beyond the retry budget."
              + when
              + (service.equals("Fabric") ? " Run again later; the tenant-settings APIs allow 25 calls a minute."
                  : " Run again later; admin list APIs allow about 50 calls per hour per tenant."));
    }
    if (t instanceof AuthenticationFailedException auth) {
      return new Failure(
          ExitCode.AUTHENTICATION_FAILED,
          Failures.firstLine(auth.getMessage(), "no token could be acquired")
              + ". Check --tenant, --client-id and the secret or certificate (pbiadmin token shows what Entra ID says).");
    }
    if (t instanceof PowerBiException service) {
      ExitCode code = service.statusCode() == 404 ? ExitCode.NOT_FOUND_OR_IO : ExitCode.FAILURE;
      return new Failure(code, Failures.firstLine(service.getMessage(), "Power BI refused the request") + ".");
    }
    return null;
  }

  private static String humanWait(Duration wait) {
    long minutes = wait.toMinutes();
    return minutes > 0 ? minutes + " min " + wait.toSecondsPart() + " s" : wait.toSeconds() + " s";
  }
}
