package dev.pbiadmin.cli.doctor;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenRequestContext;
import dev.pbiadmin.cli.auth.CredentialSource;
import dev.pbiadmin.cli.common.Secrets;
import java.util.List;
import java.util.Optional;

/**
 * A token through the azure-identity credential every command builds, for the methods the doctor
 * cannot replay itself (managed identity, workload identity, Azure CLI, environment, device code).
 * The library hides the HTTP answer, so the explanation comes from its message: an AADSTS code when
 * Entra ID refused, otherwise the library's own first line.
 */
final class LibraryToken {
  private LibraryToken() {}

  static CheckResult acquire(Check check, DoctorContext context) {
    String scope = context.settings().effectiveScope();
    String method = context.settings().connection().credential().describe();
    String raw;
    try {
      raw = get(context, scope);
    } catch (RuntimeException e) {
      return failed(check, context, method, e);
    }
    context.token(
        new Token(raw, Token.decodeClaims(raw), context.clock().instant(), Optional.empty()));
    return CheckResult.pass(
        check,
        "got a token through azure-identity with the " + method,
        List.of("azure-identity (" + method + "), scope " + scope));
  }

  /**
   * A token for {@code scope} from the shared credential; the library's exception when there is
   * none.
   */
  static String get(DoctorContext context, String scope) {
    AccessToken token = context.library().getTokenSync(new TokenRequestContext().addScopes(scope));
    return Secrets.register(token.getToken());
  }

  /**
   * The most telling line of a failure: the first in its chain naming an AADSTS code, else the
   * outermost.
   */
  static String message(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains("AADSTS")) {
        return Secrets.redact(t.getMessage());
      }
    }
    String text =
        failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return Secrets.redact(text.strip().lines().findFirst().orElse(text));
  }

  private static CheckResult failed(
      Check check, DoctorContext context, String method, RuntimeException e) {
    String message = message(e);
    EntraError error = EntraError.fromMessage(message);
    if (error != null) {
      Diagnosis d =
          Aadsts.explain(
              error,
              context.settings(),
              List.of(
                      "azure-identity (" + method + "): " + error.description(),
                      error.traceId().isEmpty() ? "" : "Trace ID " + error.traceId())
                  .stream()
                  .filter(line -> !line.isEmpty())
                  .toList());
      return CheckResult.problem(
          check, Status.FAIL, "Entra ID refused the token request (" + error.codeName() + ")", d);
    }
    return CheckResult.problem(
        check,
        Status.FAIL,
        "azure-identity got no token with the " + method,
        Diagnosis.of(
            "CredentialUnavailable",
            "The " + method + " gave no token: " + message + ".",
            List.of("azure-identity (" + method + "): " + message),
            List.of(howToFix(context.settings().connection().credential())),
            Portal.DOCS_CLIENT_CREDENTIALS));
  }

  private static String howToFix(CredentialSource source) {
    if (source instanceof CredentialSource.ManagedIdentity) {
      return "Run on an Azure host with a managed identity (VM, App Service, Functions, Container"
          + " Apps); for a user-assigned identity pass its client id with --client-id.";
    }
    if (source instanceof CredentialSource.WorkloadIdentity) {
      return "Check the federated token file, and the app's Certificates & secrets → Federated"
          + " credentials (issuer, subject and audience must match the token).";
    }
    if (source instanceof CredentialSource.AzureCli) {
      return "Run 'az login' (for a service principal: az login --service-principal) and try"
          + " again.";
    }
    if (source instanceof CredentialSource.Environment) {
      return "Set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or"
          + " AZURE_CLIENT_CERTIFICATE_PATH), as azure-identity's EnvironmentCredential"
          + " reads them.";
    }
    return "Complete the sign-in the method asks for, then run the doctor again.";
  }
}
