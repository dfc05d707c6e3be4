package dev.pbiadmin.emulator.entra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenRequestContext;
import com.azure.identity.UsernamePasswordCredentialBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.UserNamePasswordParameters;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.TokenClient;
import dev.pbiadmin.emulator.directory.DemoTenant;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The delegated "master account" (username/password) grant through MSAL4J and azure-identity,
 * unchanged but for authority host, trust and instance discovery. Both first ask the user-realm
 * endpoint whether the account is managed or federated, then post the password grant.
 */
class MasterAccountIT {
  @RegisterExtension static EmulatorExtension extension = EmulatorExtension.builder().build();

  @Test
  void msal4j_usernamePassword_issuesDelegatedToken() throws Exception {
    Emulator emulator = extension.get();
    DemoCredentials demo = emulator.demo().orElseThrow();

    IAuthenticationResult result =
        publicClient(emulator)
            .acquireToken(
                UserNamePasswordParameters.builder(
                        Set.of(EntraTokenIT.POWER_BI_SCOPE),
                        demo.adminUserPrincipalName(),
                        demo.adminPassword().toCharArray())
                    .build())
            .get();

    assertDelegated(emulator, EntraTokenIT.verify(emulator, result.accessToken()));
    assertThat(result.account().username()).isEqualToIgnoringCase(DemoTenant.ADMIN_UPN);
  }

  @Test
  void msal4j_wrongPassword_failsWithAadsts50126() {
    Emulator emulator = extension.get();
    DemoCredentials demo = emulator.demo().orElseThrow();

    assertThatThrownBy(
            () ->
                publicClient(emulator)
                    .acquireToken(
                        UserNamePasswordParameters.builder(
                                Set.of(EntraTokenIT.POWER_BI_SCOPE),
                                demo.adminUserPrincipalName(),
                                "not-the-password".toCharArray())
                            .build())
                    .get())
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(MsalServiceException.class)
        .hasMessageContaining("AADSTS50126")
        .satisfies(
            e -> assertThat(((MsalServiceException) e).errorCode()).isEqualTo("invalid_grant"));
  }

  @Test
  @SuppressWarnings("deprecation")
  void azureIdentity_usernamePasswordCredential_issuesDelegatedToken() throws Exception {
    Emulator emulator = extension.get();
    DemoCredentials demo = emulator.demo().orElseThrow();

    AccessToken token =
        new UsernamePasswordCredentialBuilder()
            .tenantId(emulator.tenantId())
            .clientId(demo.clientId())
            .username(demo.adminUserPrincipalName())
            .password(demo.adminPassword())
            .authorityHost(emulator.authorityHost().toString())
            .disableInstanceDiscovery()
            .httpClient(EntraTokenIT.httpClient(emulator))
            .build()
            .getToken(new TokenRequestContext().addScopes(EntraTokenIT.POWER_BI_SCOPE))
            .block();

    assertThat(token).isNotNull();
    assertDelegated(emulator, EntraTokenIT.verify(emulator, token.getToken()));
  }

  @Test
  void userRealm_tenantDomain_isManagedWithVerifiedDomain() {
    Emulator emulator = extension.get();

    TokenClient.Reply reply =
        new TokenClient(emulator)
            .get("/common/userrealm/" + DemoTenant.ADMIN_UPN.toUpperCase() + "?api-version=1.0");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.get("ver").asText()).isEqualTo("1.0");
    assertThat(body.get("account_type").asText()).isEqualTo("Managed");
    assertThat(body.get("domain_name").asText()).isEqualTo(DemoTenant.DOMAIN);
    assertThat(body.get("cloud_instance_name").asText()).isEqualTo("microsoftonline.com");
    assertThat(body.get("cloud_audience_urn").asText()).isEqualTo("urn:federation:MicrosoftOnline");
  }

  @Test
  void userRealm_foreignDomainOrNoDomain_isUnknown() {
    Emulator emulator = extension.get();
    TokenClient client = new TokenClient(emulator);

    for (String name : new String[] {"someone@fabrikam.example", "no-at-sign", "trailing@"}) {
      TokenClient.Reply reply = client.get("/common/userrealm/" + name + "?api-version=1.0");
      assertThat(reply.status()).as(name).isEqualTo(200);
      assertThat(reply.json().get("account_type").asText()).as(name).isEqualTo("Unknown");
      assertThat(reply.json().has("domain_name")).as(name).isFalse();
    }
  }

  static PublicClientApplication publicClient(Emulator emulator) throws Exception {
    return PublicClientApplication.builder(emulator.demo().orElseThrow().clientId())
        .authority(emulator.authorityHost() + emulator.tenantId() + "/")
        .instanceDiscovery(false)
        .sslSocketFactory(emulator.sslContext().getSocketFactory())
        .build();
  }

  static void assertDelegated(Emulator emulator, JWTClaimsSet claims) throws Exception {
    assertThat(claims.getAudience()).containsExactly("https://analysis.windows.net/powerbi/api");
    assertThat(claims.getStringClaim("tid")).isEqualTo(emulator.tenantId());
    assertThat(claims.getStringClaim("idtyp")).isEqualTo("user");
    assertThat(claims.getStringClaim("upn")).isEqualTo(DemoTenant.ADMIN_UPN);
    assertThat(claims.getStringClaim("scp")).isEqualTo("Tenant.Read.All");
    assertThat(claims.getStringClaim("appidacr"))
        .as("a public client sends no credential")
        .isEqualTo("0");
    assertThat(claims.getClaim("roles")).isNull();
  }
}
