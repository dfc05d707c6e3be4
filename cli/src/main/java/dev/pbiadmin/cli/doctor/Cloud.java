package dev.pbiadmin.cli.doctor;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The national clouds Power BI runs in, with the authority host, API host and resource that belong
 * together (from Microsoft's Power BI cloud configuration for public, GCC, GCC High, DoD and
 * China). Mixing them is a classic cause of AADSTS90002 or of tokens Power BI refuses.
 */
record Cloud(String name, String authorityHost, String apiHost, String resource) {

  static final List<Cloud> KNOWN =
      List.of(
          new Cloud(
              "Public (commercial)",
              "login.microsoftonline.com",
              "api.powerbi.com",
              "https://analysis.windows.net/powerbi/api"),
          new Cloud(
              "US Government (GCC)",
              "login.microsoftonline.com",
              "api.powerbigov.us",
              "https://analysis.usgovcloudapi.net/powerbi/api"),
          new Cloud(
              "US Government (GCC High)",
              "login.microsoftonline.us",
              "api.high.powerbigov.us",
              "https://high.analysis.usgovcloudapi.net/powerbi/api"),
          new Cloud(
              "US Government (DoD)",
              "login.microsoftonline.us",
              "api.mil.powerbigov.us",
              "https://mil.analysis.usgovcloudapi.net/powerbi/api"),
          new Cloud(
              "China (21Vianet)",
              "login.chinacloudapi.cn",
              "api.powerbi.cn",
              "https://analysis.chinacloudapi.cn/powerbi/api"));

  static Optional<Cloud> byApiHost(URI api) {
    String host = host(api);
    return KNOWN.stream().filter(c -> c.apiHost.equals(host)).findFirst();
  }

  static boolean isKnownAuthority(URI authority) {
    String host = host(authority);
    return KNOWN.stream().anyMatch(c -> c.authorityHost.equals(host));
  }

  /** Loopback hosts: the local emulator, where cloud consistency does not apply. */
  static boolean isLocal(URI uri) {
    String host = host(uri);
    return host.equals("localhost")
        || host.equals("127.0.0.1")
        || host.equals("[::1]")
        || host.equals("::1");
  }

  static String host(URI uri) {
    return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
  }
}
