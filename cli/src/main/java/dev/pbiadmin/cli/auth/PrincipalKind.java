package dev.pbiadmin.cli.auth;

/**
 * Who signs in, as far as the chosen {@code --auth} method tells before any token is seen: the
 * advice for a refusal differs (a service principal needs the tenant setting and a security group,
 * a user needs the Fabric administrator role and a delegated scope).
 */
public enum PrincipalKind {
  SERVICE_PRINCIPAL,
  USER,
  /** The Azure CLI's login and azure-identity's environment credential can be either. */
  EITHER;

  static PrincipalKind of(AuthMethod method) {
    return switch (method) {
      case MASTER_ACCOUNT_PASSWORD, MASTER_ACCOUNT_DEVICE_CODE -> USER;
      case AZURE_CLI, ENVIRONMENT -> EITHER;
      default -> SERVICE_PRINCIPAL;
    };
  }
}
