package dev.pbiadmin.cli.auth;

import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.client.FabricAdminClient;
import dev.pbiadmin.client.FabricAdminClientBuilder;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiAdminClientBuilder;
import dev.pbiadmin.client.RateBudgets;

/**
 * Builds the Power BI and Fabric clients for a {@link Connection}: same credential, endpoints and
 * trust.
 */
public final class ClientFactory {
  private ClientFactory() {}

  /** A client paced for the connection's service (an emulator's time scale, or real time). */
  public static PowerBiAdminClient client(Connection connection) {
    return client(connection, connection.timeScale());
  }

  /**
   * A client whose documented hourly/minute budgets shrink by {@code timeScale}, for an emulator
   * running that much faster (1 against the real service).
   */
  public static PowerBiAdminClient client(Connection connection, double timeScale) {
    return builder(connection, timeScale).buildClient();
  }

  /** The builder behind {@link #client(Connection, double)}, for commands that add to it. */
  public static PowerBiAdminClientBuilder builder(Connection connection, double timeScale) {
    PowerBiAdminClientBuilder builder =
        new PowerBiAdminClientBuilder()
            .credential(connection.credential())
            .endpoint(connection.apiUrl())
            .scope(connection.scope())
            .rateBudgets(RateBudgets.documented().timeScale(timeScale))
            .applicationId("pbiadmin-cli");
    connection.sslContext().ifPresent(builder::sslContext);
    return builder;
  }

  /**
   * The Fabric admin client: the connection's credential for Fabric's scope, paced like the Power
   * BI one.
   */
  public static FabricAdminClient fabric(Connection connection) {
    String url =
        connection
            .fabricApiUrl()
            .orElseThrow(
                () ->
                    new CliException(
                        ExitCode.USAGE,
                        "The Fabric API's URL for this cloud is not known: pass --fabric-api-url"
                            + " URL."));
    FabricAdminClientBuilder builder =
        new FabricAdminClientBuilder()
            .credential(connection.credential())
            .endpoint(url)
            .rateBudgets(RateBudgets.documented().timeScale(connection.timeScale()))
            .applicationId("pbiadmin-cli");
    connection.sslContext().ifPresent(builder::sslContext);
    return builder.buildClient();
  }
}
