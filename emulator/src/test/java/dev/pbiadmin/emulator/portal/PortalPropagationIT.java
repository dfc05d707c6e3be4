package dev.pbiadmin.emulator.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.browser.HeadlessChrome;
import dev.pbiadmin.emulator.directory.TenantSetting;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** With a propagation delay the settings page says so, and a change applies only after it. */
class PortalPropagationIT {
  private static final String ADMIN_GROUPS = "/v1.0/myorg/admin/groups?$top=10";

  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder()
          .demoWorkspaces(5)
          .propagationDelay(Duration.ofMinutes(15))
          .build();

  @Test
  void settings_propagationDelay_statedAndHonoured(@TempDir Path profile) {
    PortalClient http = new PortalClient(EMULATOR.get());
    String token = http.demoToken();
    assertThat(http.powerBi(ADMIN_GROUPS, token).status()).isEqualTo(200);
    ChromeDriver browser = HeadlessChrome.start(profile);
    try {
      Portal portal = new Portal(browser, EMULATOR.get().baseUrl().toString());
      portal.signIn(EMULATOR.get().managementKey());
      portal.open("settings");

      assertThat(portal.text("propagation")).contains("up to 15 minute(s)");
      var card = portal.waitFor(By.id("setting-" + TenantSetting.READ_ONLY_ADMIN_APIS));
      card.findElement(By.cssSelector("input.enabled")).click();
      portal
          .waitFor(
              By.cssSelector("#setting-" + TenantSetting.READ_ONLY_ADMIN_APIS + " button.apply"))
          .click();
      portal.until(
          () ->
              !EMULATOR
                  .get()
                  .directory()
                  .findSetting(TenantSetting.READ_ONLY_ADMIN_APIS)
                  .orElseThrow()
                  .enabled());

      assertThat(http.powerBi(ADMIN_GROUPS, token).status())
          .as("old value still propagating")
          .isEqualTo(200);
      http.manage("POST", "/emulator/time/advance", Map.of("duration", "PT16M"));
      assertThat(http.powerBi(ADMIN_GROUPS, token).status()).isEqualTo(401);
    } finally {
      browser.quit();
    }
  }
}
