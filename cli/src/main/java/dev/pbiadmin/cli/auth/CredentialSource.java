package dev.pbiadmin.cli.auth;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What proves the identity, as resolved from the options and the environment. Secret values live
 * here only for the run and never appear in {@link Object#toString()}.
 */
public sealed interface CredentialSource {

  /** A human description, e.g. "client secret from environment variable AZURE_CLIENT_SECRET". */
  String describe();

  /** A client secret and where it came from ("environment variable X", "file F", "stdin"). */
  record ClientSecret(String value, String origin) implements CredentialSource {
    @Override
    public String describe() {
      return "client secret from " + origin;
    }

    @Override
    public String toString() {
      return "ClientSecret[***, from " + origin + "]";
    }
  }

  /** A PEM (certificate and key) or PKCS#12 file, with the PKCS#12 password when one was given. */
  record Certificate(Path file, Optional<String> password) implements CredentialSource {
    @Override
    public String describe() {
      return "certificate " + file;
    }

    @Override
    public String toString() {
      return "Certificate[" + file + (password.isPresent() ? ", password ***" : "") + "]";
    }
  }

  /** A user's name and password for the delegated password grant. */
  record UserPassword(String username, String password) implements CredentialSource {
    @Override
    public String describe() {
      return "password of " + username;
    }

    @Override
    public String toString() {
      return "UserPassword[" + username + ", ***]";
    }
  }

  /** A user signing in on another device with a code. */
  record DeviceCode() implements CredentialSource {
    @Override
    public String describe() {
      return "device code sign-in";
    }
  }

  /** The Azure host's managed identity. */
  record ManagedIdentity() implements CredentialSource {
    @Override
    public String describe() {
      return "managed identity";
    }
  }

  /** A federated token file (Kubernetes, GitHub Actions). */
  record WorkloadIdentity(Path tokenFile) implements CredentialSource {
    @Override
    public String describe() {
      return "federated token file " + tokenFile;
    }
  }

  /** The account of {@code az login}. */
  record AzureCli() implements CredentialSource {
    @Override
    public String describe() {
      return "Azure CLI login";
    }
  }

  /** azure-identity's EnvironmentCredential, which reads the AZURE_* variables itself. */
  record Environment() implements CredentialSource {
    @Override
    public String describe() {
      return "AZURE_* environment variables (azure-identity)";
    }
  }

  /** Nothing usable was found; a {@link Gap} says why. */
  record None() implements CredentialSource {
    @Override
    public String describe() {
      return "none";
    }
  }
}
