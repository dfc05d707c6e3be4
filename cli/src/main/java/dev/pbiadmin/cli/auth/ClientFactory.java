package dev.pbiadmin.cli.auth;

import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiAdminClientBuilder;

/** Builds the Power BI client for a {@link Connection}: same credential, scope, endpoint and trust. */
public final class ClientFactory {
  private ClientFactory() {}

  public static PowerBiAdminClient client(Connection connection) {
    PowerBiAdminClientBuilder builder =
        new PowerBiAdminClientBuilder()
            .credential(connection.credential())
            .endpoint(connection.apiUrl())
            .scope(connection.scope())
            .applicationId("pbiadmin-cli");
    connection.sslContext().ifPresent(builder::sslContext);
    return builder.buildClient();
  }
}
