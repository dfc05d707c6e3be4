package dev.pbiadmin.emulator.directory;

import static dev.pbiadmin.emulator.TokenClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.TokenClient;
import dev.pbiadmin.emulator.testing.TestCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An emulator seeded from the documented tenant file issues tokens as the file says. */
class TenantFileIT {
  static final String SCOPE = "https://analysis.windows.net/powerbi/api/.default";

  @Test
  void tenantFile_documentedExample_drivesTokensAndErrors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tenant.yaml");
    Files.writeString(file, TenantFileTest.documentedExample());
    Files.createDirectories(dir.resolve("certs"));
    Files.writeString(dir.resolve("certs/reader.pem"), TestCertificates.create("reader").pem());

    try (Emulator emulator =
        Emulator.builder().dataDir(dir.resolve("data")).tenantFile(file).build().start()) {
      TokenClient client = new TokenClient(emulator);
      assertThat(emulator.demo()).isEmpty();
      assertThat(emulator.tenantId()).isEqualTo("8f2d6c1e-4b7a-4c3e-9a51-2f0e6d7c8b90");

      TokenClient.Reply ok =
          client.post(
              "/contoso.com/oauth2/v2.0/token",
              form(
                  "grant_type",
                  "client_credentials",
                  "client_id",
                  "0b7e3f55-9d1c-4a8e-b2f4-6c1d9e8a7f30",
                  "client_secret",
                  "s3cr3t~value-from-the-portal",
                  "scope",
                  SCOPE));
      assertThat(ok.status()).isEqualTo(200);
      var claims = SignedJWT.parse(ok.json().get("access_token").asText()).getJWTClaimsSet();
      assertThat(claims.getStringClaim("oid")).isEqualTo("5c9a1d2e-7f4b-4e6a-8c3d-1b2a9f8e7d60");
      assertThat(claims.getClaim("roles")).isNull();

      TokenClient.Reply expired =
          client.post(
              "/contoso.com/oauth2/v2.0/token",
              form(
                  "grant_type",
                  "client_credentials",
                  "client_id",
                  "0b7e3f55-9d1c-4a8e-b2f4-6c1d9e8a7f30",
                  "client_secret",
                  "an-old-secret",
                  "scope",
                  SCOPE));
      assertThat(expired.json().get("error_codes").get(0).asInt()).isEqualTo(7000222);

      AppRegistration legacy =
          emulator.directory().apps().stream()
              .filter(a -> a.displayName().equals("legacy-app"))
              .findFirst()
              .orElseThrow();
      TokenClient.Reply legacyPbi =
          client.post(
              "/" + emulator.tenantId() + "/oauth2/v2.0/token",
              form(
                  "grant_type",
                  "client_credentials",
                  "client_id",
                  legacy.clientId(),
                  "client_secret",
                  "legacy-secret",
                  "scope",
                  SCOPE));
      assertThat(
              emulator
                  .tokenValidator()
                  .validate(legacyPbi.json().get("access_token").asText())
                  .roles())
          .containsExactly("Tenant.Read.All");
      TokenClient.Reply legacyGraph =
          client.post(
              "/" + emulator.tenantId() + "/oauth2/v2.0/token",
              form(
                  "grant_type",
                  "client_credentials",
                  "client_id",
                  legacy.clientId(),
                  "client_secret",
                  "legacy-secret",
                  "scope",
                  "https://graph.microsoft.com/.default"));
      assertThat(
              SignedJWT.parse(legacyGraph.json().get("access_token").asText())
                  .getJWTClaimsSet()
                  .getClaim("roles"))
          .as("User.Read.All is not admin-consented")
          .isNull();

      TokenClient.Reply user =
          client.post(
              "/contoso.onmicrosoft.com/oauth2/v2.0/token",
              form(
                  "grant_type",
                  "password",
                  "client_id",
                  "0b7e3f55-9d1c-4a8e-b2f4-6c1d9e8a7f30",
                  "username",
                  "analyst@contoso.com",
                  "password",
                  "Analyst-Passw0rd!",
                  "scope",
                  "https://analysis.windows.net/powerbi/api/Tenant.Read.All"));
      assertThat(user.status()).isEqualTo(200);
      assertThat(emulator.tokenValidator().validate(user.json().get("access_token").asText()).upn())
          .isEqualTo("analyst@contoso.com");
      assertThat(emulator.directory().transitiveGroupIds(legacy.servicePrincipalId()))
          .containsExactlyInAnyOrder(
              "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", emulator.directory().groups().get(1).id());
    }
  }

  @Test
  void tenantFile_contentSection_isServedAndSurvivesARestart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tenant.yaml");
    Files.writeString(file, TenantFileTest.documentedExample());
    Files.createDirectories(dir.resolve("certs"));
    Files.writeString(dir.resolve("certs/reader.pem"), TestCertificates.create("reader").pem());
    for (int start = 0; start < 2; start++) {
      try (Emulator emulator =
          Emulator.builder()
              .dataDir(dir.resolve("data"))
              .tenantFile(start == 0 ? file : null)
              .demoWorkspaces(2)
              .build()
              .start()) {
        TokenClient client = new TokenClient(emulator);
        String token =
            client
                .post(
                    "/contoso.com/oauth2/v2.0/token",
                    form(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        "0b7e3f55-9d1c-4a8e-b2f4-6c1d9e8a7f30",
                        "client_secret",
                        "s3cr3t~value-from-the-portal",
                        "scope",
                        SCOPE))
                .json()
                .get("access_token")
                .asText();
        TokenClient.Reply groups =
            client.send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            emulator.baseUrl()
                                + "/v1.0/myorg/admin/groups?$top=100&$expand=datasets"))
                    .header("Authorization", "Bearer " + token));
        assertThat(groups.status()).isEqualTo(200);
        java.util.List<String> names = new java.util.ArrayList<>();
        groups.json().get("value").forEach(g -> names.add(g.get("name").asText()));
        assertThat(names).as("start %d", start).contains("Finance", "Sales").hasSize(4);
      }
    }
  }
}
