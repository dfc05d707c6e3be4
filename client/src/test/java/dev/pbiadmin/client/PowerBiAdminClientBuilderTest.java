package dev.pbiadmin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PowerBiAdminClientBuilderTest {

  @Test
  void buildClient_withoutCredential_namesWhatIsMissing() {
    assertThatThrownBy(() -> new PowerBiAdminClientBuilder().buildClient())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("credential");
  }

  @Test
  void endpoint_notAUrl_rejectedAtOnce() {
    assertThatThrownBy(() -> new PowerBiAdminClientBuilder().endpoint("api.powerbi.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
  }

  @Test
  void durations_zeroOrNegative_rejectedAtOnce() {
    assertThatThrownBy(() -> new PowerBiAdminClientBuilder().readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("readTimeout");
    assertThatThrownBy(
            () -> new PowerBiAdminClientBuilder().scanPollInterval(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cloud_knownNames_giveEndpointAndScope() {
    assertThat(PowerBiCloud.named("usgovhigh").endpoint())
        .isEqualTo(URI.create("https://api.high.powerbigov.us"));
    assertThat(PowerBiCloud.US_GOV_DOD.scope())
        .isEqualTo("https://mil.analysis.usgovcloudapi.net/powerbi/api/.default");
    assertThat(PowerBiCloud.CHINA.authorityHost())
        .isEqualTo(URI.create("https://login.chinacloudapi.cn/"));
    assertThat(PowerBiCloud.PUBLIC.scope())
        .isEqualTo("https://analysis.windows.net/powerbi/api/.default");
    assertThatThrownBy(() -> PowerBiCloud.named("Germany")).hasMessageContaining("USGovHigh");
  }
}
