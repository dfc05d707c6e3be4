package dev.pbiadmin.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataCheckTest {
  private final MetadataCheck check = new MetadataCheck();

  private CheckResult judge(String datasetsJson) throws Exception {
    return judge(datasetsJson, false);
  }

  private CheckResult judge(String datasetsJson, boolean strict) throws Exception {
    return check.judge(
        Fixtures.JSON.readTree(
            "{\"workspaces\":[{\"id\":\"w\",\"datasets\":" + datasetsJson + "}]}"),
        strict,
        false);
  }

  @Test
  void judge_tablesAndExpressions_passes() throws Exception {
    CheckResult r =
        judge(
            "[{\"id\":\"d\",\"tables\":[{\"name\":\"T\",\"measures\":[{\"name\":\"M\",\"expression\":\"SUM(T[x])\"}]}]}]");
    assertThat(r.status()).isEqualTo(Status.PASS);
  }

  @Test
  void judge_noTables_warnsBlamingDetailedMetadataSetting() throws Exception {
    CheckResult r = judge("[{\"id\":\"d\",\"name\":\"Sales\"}]");
    assertThat(r.status()).isEqualTo(Status.WARN);
    assertThat(r.code()).isEqualTo("DetailedMetadataOff");
    assertThat(r.causes().get(0)).contains("Enhance admin APIs responses with detailed metadata");
    assertThat(r.fix().get(0)).contains("Admin API settings");
  }

  @Test
  void judge_tablesWithoutExpressions_blamesExpressionsSetting() throws Exception {
    CheckResult r =
        judge(
            "[{\"id\":\"d\",\"tables\":[{\"name\":\"T\",\"columns\":[{\"name\":\"x\"}],\"measures\":[{\"name\":\"M\"}]}]}]");
    assertThat(r.code()).isEqualTo("ExpressionsOff");
    assertThat(r.causes().get(0))
        .contains("Enhance admin APIs responses with DAX and mashup expressions");
    assertThat(r.causes().get(0)).doesNotContain("detailed metadata\"");
  }

  @Test
  void judge_noTablesStrict_fails() throws Exception {
    CheckResult r = judge("[{\"id\":\"d\",\"name\":\"Sales\"}]", true);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(new DoctorReport(List.of(r)).exitCode()).isEqualTo(DoctorReport.NOT_AUTHORIZED);
  }

  @Test
  void judge_noSemanticModel_isSkippedWithAHint() throws Exception {
    CheckResult r = judge("[]");
    assertThat(r.status()).isEqualTo(Status.SKIPPED);
    assertThat(r.summary()).contains("--workspace");
  }
}
