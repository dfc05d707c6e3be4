package dev.pbiadmin.cli.auth;

import java.util.Locale;

/**
 * The Power BI clouds: where to get a token, for which resource, and where the API lives. Values
 * from Microsoft's "Power BI for US government" and national-cloud documentation.
 */
public enum Cloud {
  PUBLIC(
      "https://login.microsoftonline.com/",
      "https://analysis.windows.net/powerbi/api",
      "https://api.powerbi.com"),
  USGOV(
      "https://login.microsoftonline.com/",
      "https://analysis.usgovcloudapi.net/powerbi/api",
      "https://api.powerbigov.us"),
  USGOVHIGH(
      "https://login.microsoftonline.us/",
      "https://high.analysis.usgovcloudapi.net/powerbi/api",
      "https://api.high.powerbigov.us"),
  USGOVDOD(
      "https://login.microsoftonline.us/",
      "https://mil.analysis.usgovcloudapi.net/powerbi/api",
      "https://api.mil.powerbigov.us"),
  CHINA(
      "https://login.chinacloudapi.cn/",
      "https://analysis.chinacloudapi.cn/powerbi/api",
      "https://api.powerbi.cn");

  private final String authorityHost;
  private final String resource;
  private final String apiUrl;

  Cloud(String authorityHost, String resource, String apiUrl) {
    this.authorityHost = authorityHost;
    this.resource = resource;
    this.apiUrl = apiUrl;
  }

  public String authorityHost() {
    return authorityHost;
  }

  /** The Power BI resource (App ID URI); the token scope is this plus {@code /.default}. */
  public String resource() {
    return resource;
  }

  public String apiUrl() {
    return apiUrl;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
