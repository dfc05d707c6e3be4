package dev.pbiadmin.cli.auth;

import dev.pbiadmin.client.PowerBiCloud;
import java.net.URI;

/**
 * Where the services are: the Entra ID authority host, the Power BI REST API and Microsoft Graph
 * (which only the doctor reads). One cloud's set, an emulator's, or what the options say; a further
 * service's base URL (the Fabric REST API) belongs here too.
 */
public record Endpoints(URI authorityHost, URI powerBiApi, URI graph) {

  /** Graph's host for a Power BI cloud: GCC signs in and reads Graph like the public cloud does. */
  static URI graphOf(PowerBiCloud cloud) {
    String host =
        switch (cloud.authorityHost().getHost()) {
          case "login.microsoftonline.us" ->
              cloud.endpoint().getHost().startsWith("api.mil.") ? "dod-graph.microsoft.us" : "graph.microsoft.us";
          case "login.chinacloudapi.cn" -> "microsoftgraph.chinacloudapi.cn";
          default -> "graph.microsoft.com";
        };
    return URI.create("https://" + host);
  }
}
