package dev.pbiadmin.emulator.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.browser.HeadlessChrome;
import dev.pbiadmin.emulator.directory.DemoTenant;
import dev.pbiadmin.emulator.directory.TenantSetting;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The portal in headless Chromium against a real emulator: an administrator fixes a service
 * principal that the admin APIs refuse (setting off, app in no group) entirely through the pages,
 * and the request log explains the refusal. Real tokens, real HTTPS, no test doubles.
 */
class PortalBrowserIT {
  private static final String ADMIN_GROUPS = "/v1.0/myorg/admin/groups?$top=10";
  private static final String XSS_NAME = "<img src=x onerror=\"document.title='pwned'\">";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @RegisterExtension
  static final EmulatorExtension EMULATOR = EmulatorExtension.builder().demoWorkspaces(60).build();

  @TempDir Path profile;
  private ChromeDriver browser;
  private PortalClient http;
  private Portal portal;

  @BeforeEach
  void startBrowser() {
    http = new PortalClient(EMULATOR.get());
    browser = HeadlessChrome.start(profile);
    portal = new Portal(browser, EMULATOR.get().baseUrl().toString());
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void portal_enableSettingForGroupAndAddApp_admitsTheServicePrincipalAndLogsWhy()
      throws Exception {
    Emulator emulator = EMULATOR.get();
    String readers =
        emulator
            .directory()
            .findSetting(TenantSetting.READ_ONLY_ADMIN_APIS)
            .orElseThrow()
            .enabledSecurityGroups()
            .get(0);
    String demoClientId = emulator.demo().orElseThrow().clientId();
    String demoSp =
        emulator.directory().findAppByClientId(demoClientId).orElseThrow().servicePrincipalId();
    // Not yet allowed: the setting is off and the demo app is in no group.
    http.manage(
        "PUT",
        "/emulator/settings/" + TenantSetting.READ_ONLY_ADMIN_APIS,
        Map.of("enabled", false, "enabledSecurityGroups", List.of()));
    http.manage("DELETE", "/emulator/groups/" + readers + "/members/" + demoSp, null);
    http.manage("DELETE", "/emulator/requests", null);
    String token = http.demoToken();
    assertThat(http.powerBi(ADMIN_GROUPS, token).status()).isEqualTo(401);

    portal.signIn(emulator.managementKey());
    portal.open("settings");
    WebElement card = portal.waitFor(By.id("setting-" + TenantSetting.READ_ONLY_ADMIN_APIS));
    assertThat(card.getText())
        .contains("Service principals can access read-only admin APIs")
        .contains("Disabled");
    card.findElement(By.cssSelector("input.enabled")).click();
    card = portal.waitFor(By.id("setting-" + TenantSetting.READ_ONLY_ADMIN_APIS));
    card.findElement(By.cssSelector("input[type=radio][value=groups]")).click();
    card = portal.waitFor(By.id("setting-" + TenantSetting.READ_ONLY_ADMIN_APIS));
    portal.choose(
        card.findElement(By.cssSelector("select.group-select")),
        DemoTenant.GROUP_NAME + " (Security)");
    card.findElement(By.cssSelector("button.add-group")).click();
    portal.until(
        () ->
            portal
                .text("setting-" + TenantSetting.READ_ONLY_ADMIN_APIS)
                .contains(DemoTenant.GROUP_NAME));
    portal
        .waitFor(By.cssSelector("#setting-" + TenantSetting.READ_ONLY_ADMIN_APIS + " button.apply"))
        .click();
    portal.until(
        () ->
            emulator
                .directory()
                .findSetting(TenantSetting.READ_ONLY_ADMIN_APIS)
                .orElseThrow()
                .enabled());
    assertThat(
            emulator
                .directory()
                .findSetting(TenantSetting.READ_ONLY_ADMIN_APIS)
                .orElseThrow()
                .enabledSecurityGroups())
        .containsExactly(readers);
    assertThat(portal.text("propagation")).contains("immediately");
    browser.manage().window().setSize(new Dimension(1400, 1500));
    browser.executeScript("window.scrollTo(0, 0)");
    saveScreenshot("portal-settings.png", true);
    browser.manage().window().setSize(new Dimension(1400, 1000));
    assertThat(http.powerBi(ADMIN_GROUPS, token).status())
        .as("setting on, app still in no group")
        .isEqualTo(401);

    portal.open("groups");
    portal.waitFor(By.linkText(DemoTenant.GROUP_NAME)).click();
    portal.waitFor(By.id("members-table"));
    portal.choose(
        portal.waitFor(By.id("member-id")), DemoTenant.APP_NAME + " (app " + demoClientId + ")");
    portal.waitFor(By.id("add-member")).click();
    portal.until(
        () ->
            !browser
                .findElements(By.cssSelector("#members-table tr[data-member-id='" + demoSp + "']"))
                .isEmpty());

    assertThat(http.powerBi(ADMIN_GROUPS, token).status()).isEqualTo(200);

    portal.open("requests");
    portal.until(
        () ->
            browser.findElements(By.cssSelector("#requests-table tbody tr[data-request-id]")).size()
                >= 3);
    List<String> rows =
        browser.findElements(By.cssSelector("#requests-table tbody tr[data-request-id]")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(rows)
        .anySatisfy(
            r ->
                assertThat(r)
                    .contains("401")
                    .contains("SETTING_DISABLED")
                    .contains("tenant setting that admits service principals is disabled")
                    .contains(DemoTenant.APP_NAME));
    assertThat(rows)
        .anySatisfy(r -> assertThat(r).contains("401").contains("NOT_IN_ENABLED_GROUP"));
    assertThat(rows)
        .anySatisfy(
            r ->
                assertThat(r)
                    .contains("200")
                    .contains("SERVICE_PRINCIPAL_ADMIN")
                    .contains("GetGroupsAsAdmin")
                    .contains(DemoTenant.APP_NAME + " (" + demoClientId + ")"));
    saveScreenshot("portal-requests.png", true);

    portal.choose(portal.waitFor(By.id("status-filter")), "401 Unauthorized");
    portal.until(
        () ->
            browser.findElements(By.cssSelector("#requests-table tbody tr[data-request-id]")).size()
                == 2);
    assertThat(
            browser.findElements(By.cssSelector("#requests-table td.status")).stream()
                .map(WebElement::getText))
        .containsOnly("401");
  }

  @Test
  void login_wrongKey_refusedAndNoSession() throws Exception {
    browser.get(EMULATOR.get().baseUrl() + "/portal");
    portal.waitFor(By.id("key")).sendKeys("not-the-key-0123456789");
    browser.findElement(By.id("sign-in")).click();

    assertThat(portal.waitFor(By.id("login-error")).getText())
        .contains("not this emulator's management key");
    assertThat(browser.manage().getCookieNamed(PortalGuard.COOKIE)).isNull();
    assertThat(browser.findElements(By.id("nav-settings"))).isEmpty();
    saveScreenshot("portal-login-refused.png", false);
  }

  @Test
  void apps_displayNameWithHtml_rendersAsText() throws Exception {
    String clientId = UUID.randomUUID().toString();
    http.manage("PUT", "/emulator/apps/" + clientId, Map.of("displayName", XSS_NAME));
    http.manage(
        "PUT",
        "/emulator/groups/" + UUID.randomUUID(),
        Map.of("displayName", XSS_NAME, "groupType", "Security"));

    portal.signIn(EMULATOR.get().managementKey());
    portal.open("apps");
    WebElement cell =
        portal.waitFor(
            By.cssSelector("#apps-table tr[data-client-id='" + clientId + "'] td.app-name"));
    assertThat(cell.getText()).isEqualTo(XSS_NAME);
    cell.findElement(By.tagName("a")).click();
    assertThat(portal.waitFor(By.id("app-title")).getText()).isEqualTo(XSS_NAME);
    portal.waitFor(By.xpath("//button[text()='New client secret']")).click();
    String secret = portal.waitFor(By.cssSelector("#new-secret .secret-value")).getText();
    JsonNode withSecret = http.manage("GET", "/emulator/apps/" + clientId, null);
    assertThat(withSecret.get("secrets")).hasSize(1);
    assertThat(portal.text("secrets-table"))
        .contains(secret.substring(0, 3) + "**********")
        .doesNotContain(secret);
    portal.waitFor(By.xpath("//button[text()='Add permission']")).click();
    portal.until(() -> portal.text("permissions-table").contains("Tenant.Read.All"));
    portal.waitFor(By.id("grant-consent")).click();
    portal.until(() -> portal.text("permissions-table").contains("Granted for"));
    assertThat(
            http.manage("GET", "/emulator/apps/" + clientId, null)
                .at("/permissions/0/adminConsentGranted")
                .asBoolean())
        .isTrue();
    saveScreenshot("portal-app.png", false);
    portal.open("groups");
    portal.until(() -> portal.text("groups-table").contains(XSS_NAME));
    portal.open("settings");
    portal.waitFor(By.id("setting-" + TenantSetting.READ_ONLY_ADMIN_APIS));

    assertThat(browser.findElements(By.cssSelector("img[src='x']"))).isEmpty();
    assertThat(browser.getTitle()).isNotEqualTo("pwned");
    JsonNode app = http.manage("GET", "/emulator/apps/" + clientId, null);
    assertThat(app.get("displayName").asText()).isEqualTo(XSS_NAME);
  }

  @Test
  void workspaces_searchAndPage_showsOnePageOfMatches() {
    var workspaces = EMULATOR.get().powerBi().content().workspaces();
    portal.signIn(EMULATOR.get().managementKey());
    portal.open("workspaces");
    portal.until(() -> portal.text("workspace-range").equals("1–50 of " + workspaces.size()));
    assertThat(browser.findElements(By.cssSelector("#workspaces-table tr[data-workspace-id]")))
        .hasSize(50);

    portal.waitFor(By.id("workspaces-next")).click();
    portal.until(
        () ->
            portal
                .text("workspace-range")
                .equals("51–" + workspaces.size() + " of " + workspaces.size()));
    assertThat(browser.findElement(By.id("workspaces-next")).isEnabled()).isFalse();

    String name = workspaces.get(3).name();
    portal.waitFor(By.id("workspace-search")).sendKeys(name);
    portal.until(() -> portal.text("workspace-range").startsWith("1–"));
    assertThat(
            browser.findElements(By.cssSelector("#workspaces-table td.workspace-name")).stream()
                .map(WebElement::getText))
        .contains(name);
  }

  private void saveScreenshot(String name, boolean keep) throws Exception {
    Path file = HeadlessChrome.screenshot(browser, SCREENSHOTS.resolve(name));
    if (keep && Boolean.getBoolean("portal.docScreenshots")) {
      // The documentation's pictures come from this test, never drawn by hand; only on request, so
      // an ordinary build leaves the working tree clean.
      Path docs = Path.of("..", "docs", "img");
      if (Files.isDirectory(docs.getParent())) {
        Files.createDirectories(docs);
        Files.copy(
            file,
            docs.resolve(name.equals("portal-settings.png") ? "portal.png" : name),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
