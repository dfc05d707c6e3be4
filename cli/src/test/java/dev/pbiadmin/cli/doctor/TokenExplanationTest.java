package dev.pbiadmin.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenExplanationTest {
  private final DoctorSettings settings = Fixtures.settings();

  private static EntraError error(String error, int code, String text) throws Exception {
    JsonNode body =
        Fixtures.JSON.readTree(
            "{\"error\":\""
                + error
                + "\",\"error_description\":\"AADSTS"
                + code
                + ": "
                + text
                + "\\r"
                + "\\n"
                + "Trace ID: t-1\\r"
                + "\\n"
                + "Correlation ID: c-1\\r"
                + "\\n"
                + "Timestamp: 2026-11-27 00:00:00Z\",\"error_codes\":["
                + code
                + "],\"trace_id\":\"t-1\",\"correlation_id\":\"c-1\"}");
    return EntraError.parse(body);
  }

  @Test
  void parse_entraBody_keepsFirstLineAndIds() throws Exception {
    EntraError e = error("invalid_client", 7000215, "Invalid client secret provided.");
    assertThat(e.aadsts()).isEqualTo(7000215);
    assertThat(e.description()).isEqualTo("AADSTS7000215: Invalid client secret provided.");
    assertThat(e.traceId()).isEqualTo("t-1");
  }

  @Test
  void parse_notAnEntraBody_isNull() throws Exception {
    assertThat(EntraError.parse(Fixtures.JSON.readTree("{\"message\":\"hi\"}"))).isNull();
  }

  @Test
  void explain_wrongSecretShapedLikeAValue_doesNotBlameTheSecretIdMixUp() throws Exception {
    Diagnosis d =
        Aadsts.explain(
            error("invalid_client", 7000215, "Invalid client secret provided."),
            settings,
            List.of());
    assertThat(d.code()).isEqualTo("AADSTS7000215");
    assertThat(d.causes().get(0))
        .contains(
            "Wrong client secret",
            "environment variable AZURE_CLIENT_SECRET",
            "not shaped like a Secret ID");
    assertThat(d.fix()).anyMatch(f -> f.contains("Certificates & secrets"));
    assertThat(d.fix()).anyMatch(f -> f.contains("New client secret"));
  }

  @Test
  void explain_wrongSecretThatIsAGuid_namesTheSecretIdMixUp() throws Exception {
    DoctorSettings guid =
        Fixtures.settings(Map.of("AZURE_CLIENT_SECRET", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
    Diagnosis d =
        Aadsts.explain(
            error("invalid_client", 7000215, "Invalid client secret provided."), guid, List.of());
    assertThat(d.causes().get(0)).contains("is a GUID", "Secret ID", "Value");
  }

  @Test
  void explain_mfaRequiredForAPasswordSignIn_offersDeviceCodeOrAServicePrincipal()
      throws Exception {
    DoctorSettings user =
        Fixtures.settings(
            Map.of("PBIADMIN_PASSWORD", "pw"),
            "--auth",
            "master-account-password",
            "--username",
            "ann@contoso.com");
    Diagnosis d =
        Aadsts.explain(
            error(
                "invalid_grant",
                50076,
                "Due to a configuration change made by your administrator, or because you moved to"
                    + " a new location, you must use multi-factor authentication."),
            user,
            List.of());
    assertThat(d.causes().get(0))
        .contains("Multi-factor authentication is required for ann@contoso.com");
    assertThat(String.join(" ", d.fix()))
        .contains("master-account-device-code", "service principal");
  }

  @Test
  void explain_conditionalAccessBlock_pointsAtTheSignInLogs() throws Exception {
    Diagnosis d =
        Aadsts.explain(
            error(
                "interaction_required",
                53003,
                "Access has been blocked by Conditional Access" + " policies."),
            settings,
            List.of());
    assertThat(d.causes().get(0)).contains("Conditional Access");
    assertThat(d.fix().get(0)).contains("Sign-in logs", "Correlation ID");
  }

  @Test
  void explain_passwordGrantWithoutPublicClient_saysAllowPublicClientFlows() throws Exception {
    DoctorSettings user =
        Fixtures.settings(
            Map.of("PBIADMIN_PASSWORD", "pw"),
            "--auth",
            "master-account-password",
            "--username",
            "ann@contoso.com");
    Diagnosis d =
        Aadsts.explain(
            error(
                "invalid_client",
                7000218,
                "The request body must contain the following"
                    + " parameter: 'client_assertion' or 'client_secret'."),
            user,
            List.of());
    assertThat(d.fix().get(0)).contains("Allow public client flows");
  }

  @Test
  void fromMessage_azureIdentityText_findsCodeDescriptionAndTrace() {
    EntraError e =
        EntraError.fromMessage(
            "ClientSecretCredential authentication failed. AADSTS700016: Application with"
                + " identifier 'x' was not found. Trace ID: 0a1b-2c Correlation ID: 3d4e Timestamp:"
                + " 2026-11-27 00:00:00Z");
    assertThat(e.aadsts()).isEqualTo(700016);
    assertThat(e.description())
        .isEqualTo("AADSTS700016: Application with identifier 'x' was not found.");
    assertThat(e.traceId()).isEqualTo("0a1b-2c");
    assertThat(EntraError.fromMessage("Azure CLI not installed")).isNull();
  }

  @Test
  void explain_expiredSecret_saysExpired() throws Exception {
    Diagnosis d =
        Aadsts.explain(
            error("invalid_client", 7000222, "The provided client secret keys are expired."),
            settings,
            List.of());
    assertThat(d.causes().get(0)).contains("expired");
    assertThat(d.causes().get(0)).doesNotContain("Wrong client secret");
  }

  @Test
  void explain_unknownApp_namesClientAndTenant() throws Exception {
    Diagnosis d =
        Aadsts.explain(
            error("unauthorized_client", 700016, "Application not found."), settings, List.of());
    assertThat(d.causes().get(0)).contains(Fixtures.CLIENT, Fixtures.TENANT);
    assertThat(d.fix().get(0)).contains("Application (client) ID", "Directory (tenant) ID");
  }

  @Test
  void explain_scopeWithoutDefault_spellsOutV1AndV2() throws Exception {
    DoctorSettings custom =
        Fixtures.settings().withScope("https://analysis.windows.net/powerbi/api/Tenant.Read.All");
    Diagnosis d =
        Aadsts.explain(error("invalid_scope", 1002012, "scope not valid"), custom, List.of());
    assertThat(d.causes().get(0)).contains("/.default", "delegated");
    assertThat(d.evidence())
        .anyMatch(
            e ->
                e.contains("v1 endpoint (/oauth2/token) takes resource=")
                    && e.contains("v2.0 endpoint"));
    assertThat(d.fix().get(0)).contains("https://analysis.windows.net/powerbi/api/.default");
  }

  @Test
  void explain_unknownCode_fallsBackToEntrasOwnWords() throws Exception {
    Diagnosis d =
        Aadsts.explain(
            error("invalid_request", 123456, "Something new."), settings, List.of("desc"));
    assertThat(d.code()).isEqualTo("AADSTS123456");
    assertThat(d.evidence()).contains("desc");
  }
}
