package dev.pbiadmin.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PowerBiAnswersTest {

  @Test
  void common_429OnAdminGroups_namesTheLimitAndWhenItFrees() {
    Observed r =
        Fixtures.response(
            "GET",
            "https://api.powerbi.com/v1.0/myorg/admin/groups?$top=1",
            429,
            Map.of("Retry-After", List.of("3392")),
            "{\"message\":\"You have exceeded the amount of requests allowed in the current time"
                + " frame and further requests will fail. Retry in 3392 seconds.\"}");
    Diagnosis d = PowerBiAnswers.common(r, Fixtures.NOW).orElseThrow();
    assertThat(d.code()).isEqualTo(DoctorReport.THROTTLED_CODE);
    assertThat(d.causes().get(0))
        .contains(
            "GetGroupsAsAdmin allows 50 requests per hour or 15 requests per minute",
            "3392 s",
            "2026-11-27T00:56:32Z");
    assertThat(d.evidence()).contains("Retry-After: 3392");
  }

  @Test
  void common_403TokenExpired_explainsExpiry() {
    Observed r =
        Fixtures.response(
            "GET",
            "https://api.powerbi.com/v1.0/myorg/admin/groups?$top=1",
            403,
            Map.of(),
            "{\"error\":{\"code\":\"TokenExpired\",\"message\":\"Access token has expired, resubmit"
                + " with a new access token\"}}");
    Diagnosis d = PowerBiAnswers.common(r, Fixtures.NOW).orElseThrow();
    assertThat(d.code()).isEqualTo("TokenExpired");
    assertThat(d.evidence()).contains("Access token has expired, resubmit with a new access token");
  }

  @Test
  void common_401_isLeftToTheProbe() {
    Observed r =
        Fixtures.response(
            "GET",
            "https://api.powerbi.com/v1.0/myorg/admin/groups?$top=1",
            401,
            Map.of(),
            "{\"error\":{\"code\":\"PowerBINotAuthorizedException\"}}");
    assertThat(PowerBiAnswers.common(r, Fixtures.NOW)).isEmpty();
  }
}
