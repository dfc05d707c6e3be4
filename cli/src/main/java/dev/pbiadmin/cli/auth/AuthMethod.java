package dev.pbiadmin.cli.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How the CLI gets a token; the value of {@code --auth}. */
public enum AuthMethod {
  /** Certificate when one is given, otherwise a client secret when one is found. */
  AUTO,
  SECRET,
  CERTIFICATE,
  MANAGED_IDENTITY,
  WORKLOAD_IDENTITY,
  AZURE_CLI,
  /** azure-identity's EnvironmentCredential, reading AZURE_* variables itself. */
  ENVIRONMENT,
  /** Delegated "master account" with username and password (ROPC); not a service principal. */
  MASTER_ACCOUNT_PASSWORD,
  /** Delegated "master account" signed in through a device code; not a service principal. */
  MASTER_ACCOUNT_DEVICE_CODE;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  boolean delegated() {
    return this == MASTER_ACCOUNT_PASSWORD || this == MASTER_ACCOUNT_DEVICE_CODE;
  }

  /** Reads the kebab-case names shown in the help. */
  static final class Converter implements ITypeConverter<AuthMethod> {
    @Override
    public AuthMethod convert(String value) {
      for (AuthMethod method : values()) {
        if (method.toString().equalsIgnoreCase(value.strip())) {
          return method;
        }
      }
      throw new TypeConversionException(
          "'"
              + value
              + "' is not an authentication method; use one of "
              + Arrays.stream(values())
                  .map(AuthMethod::toString)
                  .collect(Collectors.joining(", ")));
    }
  }
}
