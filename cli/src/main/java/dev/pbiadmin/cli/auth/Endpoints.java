package dev.pbiadmin.cli.auth;

import dev.pbiadmin.client.FabricAdminClientBuilder;
import dev.pbiadmin.client.PowerBiCloud;
import java.net.URI;
import java.util.Optional;

/**
 * Where the services are: the Entra ID authority host, the Power BI REST API, Microsoft Graph
 * (group names for the doctor and {@code settings}) and the Fabric REST API. One cloud's set, an
 * emulator's, or what the options say.
 *
 * @param fabricApi the Fabric REST API's base URL; empty for a sovereign cloud whose Fabric
 *     endpoint pbiadmin does not know (then {@code --fabric-api-url} names it)
 */
public record Endpoints(URI authorityHost, URI powerBiApi, URI graph, Optional<URI> fabricApi) {

  /** The Fabric REST API of a Power BI cloud, where Microsoft publishes one pbiadmin knows. */
  static Optional<URI> fabricOf(PowerBiCloud cloud) {
    return cloud == PowerBiCloud.PUBLIC
        ? Optional.of(URI.create(FabricAdminClientBuilder.DEFAULT_ENDPOINT))
        : Optional.empty();
  }

  /** Graph's host for a Power BI cloud: GCC signs in and reads Graph like the public cloud does. */
  static URI graphOf(PowerBiCloud cloud) {
    String host =
        switch (cloud.authorityHost().getHost()) {
          case "login.microsoftonline.us" ->
              cloud.endpoint().getHost().startsWith("api.mil.")
                  ? "dod-graph.microsoft.us"
                  : "graph.microsoft.us";
          case "login.chinacloudapi.cn" -> "microsoftgraph.chinacloudapi.cn";
          default -> "graph.microsoft.com";
        };
    return URI.create("https://" + host);
  }
}
