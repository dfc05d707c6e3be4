package dev.pbiadmin.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The doctor's second identity resolves like any connection, over the shared endpoints, with its
 * own credential.
 */
class AdminAuthOptionsTest {
  private static final String TENANT = "11111111-2222-3333-4444-555555555555";
  private static final String CLIENT = "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb";
  private static final String ADMIN_APP = "cccccccc-0000-1111-2222-dddddddddddd";

  @Test
  void withoutAsAdmin_noSecondIdentity() {
    assertThat(Connections.resolveAdmin(Map.of(), "--tenant", TENANT, "--client-id", CLIENT))
        .isEmpty();
  }

  @Test
  void asAdmin_defaultsToADeviceCodeSignInOverTheSharedTenantAndCloud() {
    ConnectionSettings admin =
        Connections.resolveAdmin(
                Map.of(),
                "--tenant",
                TENANT,
                "--client-id",
                CLIENT,
                "--cloud",
                "USGovHigh",
                "--as-admin",
                "--admin-client-id",
                ADMIN_APP)
            .orElseThrow();
    assertThat(admin.gaps()).isEmpty();
    assertThat(admin.method()).isEqualTo(AuthMethod.MASTER_ACCOUNT_DEVICE_CODE);
    assertThat(admin.tenant()).contains(TENANT);
    assertThat(admin.clientId()).contains(ADMIN_APP);
    assertThat(admin.endpoints().authorityHost().getHost()).isEqualTo("login.microsoftonline.us");
  }

  @Test
  void asAdminByPassword_readsPbiadminAdminPasswordNotTheIdentityUnderTestsPassword() {
    Map<String, String> env =
        Map.of("PBIADMIN_PASSWORD", "users-password", "PBIADMIN_ADMIN_PASSWORD", "admins-password");
    ConnectionSettings admin =
        Connections.resolveAdmin(
                env,
                "--tenant",
                TENANT,
                "--as-admin",
                "--admin-auth",
                "master-account-password",
                "--admin-username",
                "admin@contoso.com",
                "--admin-client-id",
                ADMIN_APP)
            .orElseThrow();
    assertThat(admin.credential())
        .isEqualTo(new CredentialSource.UserPassword("admin@contoso.com", "admins-password"));
  }

  @Test
  void asAdminServicePrincipal_neverBorrowsTheIdentityUnderTestsAzureClientSecret() {
    ConnectionSettings admin =
        Connections.resolveAdmin(
                Map.of("AZURE_CLIENT_SECRET", "under-test-secret-value"),
                "--tenant",
                TENANT,
                "--client-id",
                CLIENT,
                "--as-admin",
                "--admin-auth",
                "secret",
                "--admin-client-id",
                ADMIN_APP)
            .orElseThrow();
    assertThat(admin.gaps()).extracting(Gap::code).containsExactly("NoCredential");
  }
}
