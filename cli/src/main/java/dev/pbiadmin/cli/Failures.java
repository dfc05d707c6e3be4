package dev.pbiadmin.cli;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.identity.CredentialUnavailableException;
import com.microsoft.aad.msal4j.MsalServiceException;
import dev.pbiadmin.cli.auth.PrincipalKind;
import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.security.cert.CertPathBuilderException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Maps pbiadmin's and its libraries' exception trees to a {@link Failure}; the advice follows who
 * signs in (a service principal's refusals and a user's have different causes).
 */
final class Failures {
  private Failures() {}

  static Failure explain(Throwable ex, PrincipalKind principal) {
    // Specific causes deep in the chain (a refused connection inside an IOException inside an
    // authentication exception) say more than the wrappers around them.
    for (Throwable t = ex; t != null; t = t.getCause()) {
      Failure failure = explainSpecific(t, principal);
      if (failure != null) {
        return failure;
      }
    }
    for (Throwable t = ex; t != null; t = t.getCause()) {
      Failure failure = explainGeneral(t, principal);
      if (failure != null) {
        return failure;
      }
    }
    return new Failure(
        ExitCode.FAILURE,
        firstLine(ex.getMessage(), ex.getClass().getSimpleName())
            + ". Rerun with --verbose for the details.");
  }

  private static Failure explainSpecific(Throwable t, PrincipalKind principal) {
    if (t instanceof CliException cli) {
      return new Failure(cli.exitCode(), cli.getMessage());
    }
    Failure fromClient = ClientFailures.explain(t, principal);
    if (fromClient != null) {
      return fromClient;
    }
    if (t instanceof MsalServiceException || String.valueOf(t.getMessage()).contains("AADSTS")) {
      return new Failure(
          ExitCode.AUTHENTICATION_FAILED,
          "Entra ID refused the token request: " + aadsts(t.getMessage()) + check(t, principal));
    }
    if (t instanceof SSLHandshakeException || t instanceof CertPathBuilderException) {
      return new Failure(
          ExitCode.NOT_FOUND_OR_IO,
          "The server's TLS certificate is not trusted: for an emulator pass --emulator DIR or"
              + " --ca-cert DIR/ca.pem; for a corporate proxy add its CA with --ca-cert.");
    }
    if (t instanceof ConnectException || t instanceof UnknownHostException) {
      return new Failure(
          ExitCode.NOT_FOUND_OR_IO,
          "Cannot connect ("
              + firstLine(t.getMessage(), t.getClass().getSimpleName())
              + "). Check --authority-host and --api-url, the network, or that the emulator is"
              + " running.");
    }
    if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
      return new Failure(
          ExitCode.NOT_FOUND_OR_IO,
          "File not found: " + t.getMessage() + ". Check the path and try again.");
    }
    return null;
  }

  /** What to check after Entra ID refused: the user's sign-in or the app's credential. */
  private static String check(Throwable t, PrincipalKind principal) {
    String text = String.valueOf(t.getMessage());
    // AADSTS50126 (wrong password) and AADSTS50034 (no such user) are about the master account, not
    // the app.
    if (text.contains("AADSTS50126") || text.contains("AADSTS50034")) {
      return ". Check --username and the password.";
    }
    // MFA required or not registered, an external challenge, Conditional Access: a password cannot
    // answer them.
    for (String code :
        new String[] {
          "AADSTS50076", "AADSTS50079", "AADSTS50158", "AADSTS53003", "AADSTS53000", "AADSTS53001"
        }) {
      if (text.contains(code)) {
        return ". A password sign-in cannot satisfy multi-factor authentication or Conditional"
            + " Access: use --auth master-account-device-code, or a service principal"
            + " ('pbiadmin doctor' explains the code).";
      }
    }
    return principal == PrincipalKind.USER
        ? ". Check --tenant, --client-id, --username and the password ('pbiadmin doctor' explains"
            + " the code)."
        : ". Check --tenant, --client-id and the secret or certificate.";
  }

  private static Failure explainGeneral(Throwable t, PrincipalKind principal) {
    if (t instanceof CredentialUnavailableException) {
      return new Failure(
          ExitCode.AUTHENTICATION_FAILED,
          "No credential is available: "
              + firstLine(t.getMessage(), "the chosen method found nothing to use")
              + ". Check --auth and the credential options (pbiadmin token --help).");
    }
    if (t instanceof ClientAuthenticationException) {
      return new Failure(
          ExitCode.AUTHENTICATION_FAILED,
          "Entra ID refused the credential: " + aadsts(t.getMessage()) + check(t, principal));
    }
    if (t instanceof IOException || t instanceof UncheckedIOException) {
      return new Failure(
          ExitCode.NOT_FOUND_OR_IO,
          "I/O failed: " + firstLine(t.getMessage(), t.getClass().getSimpleName()) + ".");
    }
    return null;
  }

  /**
   * The AADSTS sentence out of an MSAL/azure-identity message, without trace and correlation ids.
   */
  static String aadsts(String message) {
    if (message == null) {
      return "no reason given";
    }
    int at = message.indexOf("AADSTS");
    return firstLine(at >= 0 ? message.substring(at) : message, "no reason given");
  }

  static String firstLine(String text, String fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    String line = text.strip().lines().findFirst().orElse(fallback);
    int trace = line.indexOf(" Trace ID:");
    return (trace > 0 ? line.substring(0, trace) : line).replaceAll("[.\\s]+$", "");
  }
}
