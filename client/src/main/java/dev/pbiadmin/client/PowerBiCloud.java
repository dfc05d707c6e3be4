package dev.pbiadmin.client;

import java.net.URI;
import java.util.Objects;

/**
 * Where a Power BI tenant lives: the Entra ID authority host that issues its tokens, the Power BI
 * REST endpoint, and the resource whose {@code /.default} scope the token is requested for. The
 * known clouds are the constants here; the emulator (or any other deployment) is {@link #custom}.
 *
 * <p>Values: Power BI national-cloud embedding guide (apiUrl/resourceUrl per cloud) and the
 * MicrosoftPowerBIMgmt PowerShell environments (GCC authenticates against the public authority; GCC
 * High and DoD against login.microsoftonline.us; China against login.chinacloudapi.cn).
 */
public record PowerBiCloud(String name, URI authorityHost, URI endpoint, String resource) {

  public static final PowerBiCloud PUBLIC =
      new PowerBiCloud(
          "Public",
          URI.create("https://login.microsoftonline.com/"),
          URI.create("https://api.powerbi.com"),
          "https://analysis.windows.net/powerbi/api");

  /** US Government Community Cloud (GCC): public Entra ID, government Power BI endpoint. */
  public static final PowerBiCloud US_GOV =
      new PowerBiCloud(
          "USGov",
          URI.create("https://login.microsoftonline.com/"),
          URI.create("https://api.powerbigov.us"),
          "https://analysis.usgovcloudapi.net/powerbi/api");

  /** US Government Community Cloud High (GCC High). */
  public static final PowerBiCloud US_GOV_HIGH =
      new PowerBiCloud(
          "USGovHigh",
          URI.create("https://login.microsoftonline.us/"),
          URI.create("https://api.high.powerbigov.us"),
          "https://high.analysis.usgovcloudapi.net/powerbi/api");

  /** US Department of Defense (DoD). */
  public static final PowerBiCloud US_GOV_DOD =
      new PowerBiCloud(
          "USGovMil",
          URI.create("https://login.microsoftonline.us/"),
          URI.create("https://api.mil.powerbigov.us"),
          "https://mil.analysis.usgovcloudapi.net/powerbi/api");

  /** Power BI operated by 21Vianet in China. */
  public static final PowerBiCloud CHINA =
      new PowerBiCloud(
          "China",
          URI.create("https://login.chinacloudapi.cn/"),
          URI.create("https://api.powerbi.cn"),
          "https://analysis.chinacloudapi.cn/powerbi/api");

  public PowerBiCloud {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(authorityHost, "authorityHost");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(resource, "resource");
  }

  /**
   * A deployment that is not one of the known clouds, such as the local emulator. Tokens are still
   * requested for the public Power BI resource, which is what the emulator expects.
   */
  public static PowerBiCloud custom(URI authorityHost, URI endpoint) {
    return new PowerBiCloud("Custom", authorityHost, endpoint, PUBLIC.resource());
  }

  /** The scope to request: the resource with {@code /.default} (client-credentials flow). */
  public String scope() {
    return resource + "/.default";
  }

  /** Looks a known cloud up by name, ignoring case: Public, USGov, USGovHigh, USGovMil, China. */
  public static PowerBiCloud named(String name) {
    for (PowerBiCloud c : new PowerBiCloud[] {PUBLIC, US_GOV, US_GOV_HIGH, US_GOV_DOD, CHINA}) {
      if (c.name().equalsIgnoreCase(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown cloud '" + name + "'; use one of Public, USGov, USGovHigh, USGovMil, China");
  }
}
