package dev.pbiadmin.cli.doctor;

import com.azure.core.credential.TokenRequestContext;
import dev.pbiadmin.cli.auth.ClientFactory;
import dev.pbiadmin.cli.auth.Connection;
import dev.pbiadmin.cli.auth.ConnectionSettings;
import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.Secrets;
import dev.pbiadmin.client.AuthenticationFailedException;
import dev.pbiadmin.client.FabricAdminClient;
import dev.pbiadmin.client.PowerBiException;
import dev.pbiadmin.client.models.TenantSetting;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a second identity that may read the tenant settings (a Fabric administrator, {@code
 * --as-admin}) sees: the settings that decide the case, read through the Fabric admin API ({@code
 * GET /v1/admin/tenantsettings}), and the service principal's group memberships, from its own Graph
 * answer or, when that is missing or partial, from the admin identity's. This is the evidence no
 * client of the read-only admin APIs has: the setting itself. A refusal or a failed sign-in is a
 * state of the view, never an exception.
 */
final class AdminView {
  static final String READ_ONLY = "AllowServicePrincipalsUseReadAdminAPIs";
  static final String FABRIC_PUBLIC_APIS = "ServicePrincipalAccessPermissionAPIs";
  static final String FABRIC_APIS = "ServicePrincipalAccess";
  static final String DETAILED_METADATA = "AdminApisIncludeDetailedMetadata";
  static final String EXPRESSIONS = "AdminApisIncludeExpressions";

  /**
   * The settings that decide whether a service principal reads the admin APIs and what they return.
   */
  static final List<String> DECISIVE =
      List.of(READ_ONLY, FABRIC_PUBLIC_APIS, FABRIC_APIS, DETAILED_METADATA, EXPRESSIONS);

  static final String NO_HISTORY =
      "The Fabric API does not say when a tenant setting last changed (a setting has no"
          + " lastModified); snapshots kept with `pbiadmin settings` (then `pbiadmin settings"
          + " --diff`) or the tenant's audit log show when it did.";

  enum State {
    READ,
    UNAVAILABLE,
    SIGN_IN_FAILED,
    REFUSED
  }

  private final State state;
  private final String who;
  private final String problem;
  private final List<String> evidence;
  private final Map<String, TenantSetting> settings;
  private final GraphMembership membership;
  private final FabricAdminClient client;

  private AdminView(
      State state,
      String who,
      String problem,
      List<String> evidence,
      Map<String, TenantSetting> settings,
      GraphMembership membership,
      FabricAdminClient client) {
    this.state = state;
    this.who = who;
    this.problem = problem;
    this.evidence = List.copyOf(evidence);
    this.settings = settings;
    this.membership = membership;
    this.client = client;
  }

  private static AdminView failed(State state, String who, String problem, List<String> evidence) {
    return new AdminView(
        state, who, problem, evidence, Map.of(), GraphMembership.unknown(problem), null);
  }

  static AdminView read(DoctorContext context, ConnectionSettings admin) {
    String who = admin.who();
    if (!admin.complete()) {
      return failed(
          State.UNAVAILABLE,
          who,
          "the admin identity's options are incomplete: "
              + admin.gaps().get(0).message()
              + " (for the admin identity the options take the --admin- prefix)",
          List.of());
    }
    Connection connection;
    FabricAdminClient client;
    try {
      connection = admin.connection(context.notices());
      client = ClientFactory.fabric(connection);
    } catch (CliException e) {
      return failed(State.UNAVAILABLE, who, e.getMessage(), List.of());
    }
    String url = connection.fabricApiUrl().orElse("") + "/v1/admin/tenantsettings";
    Map<String, TenantSetting> read = new LinkedHashMap<>();
    try {
      client.listTenantSettings().forEach(s -> read.put(s.settingName(), s));
    } catch (AuthenticationFailedException e) {
      return failed(
          State.SIGN_IN_FAILED,
          who,
          "the admin identity could not sign in: " + LibraryToken.message(e),
          List.of("GET " + url + " → no token"));
    } catch (PowerBiException e) {
      String code = e.errorCode().orElse("");
      return failed(
          State.REFUSED,
          who,
          "the Fabric API refused the admin identity ("
              + e.statusCode()
              + (code.isEmpty() ? "" : " " + code)
              + "): it must be a Fabric administrator whose token carries Tenant.Read.All"
              + " or Tenant.ReadWrite.All, or a service principal \""
              + Portal.READ_ONLY_ADMIN_APIS
              + "\" admits",
          List.of(
              "GET "
                  + url
                  + " → "
                  + e.statusCode()
                  + (code.isEmpty() ? "" : " " + code)
                  + e.requestId().map(id -> " (RequestId " + id + ")").orElse("")));
    } catch (RuntimeException e) {
      // azure-identity's own exceptions (a device code not completed, a password refused)
      return failed(
          State.SIGN_IN_FAILED,
          who,
          "the admin identity could not sign in: " + LibraryToken.message(e),
          List.of("GET " + url + " → no token"));
    }
    List<String> evidence = new ArrayList<>();
    evidence.add(
        "GET "
            + url
            + " → 200, "
            + read.size()
            + " settings, read as "
            + who
            + " (spends 1 of Tenants_ListTenantSettings' 25 calls a minute)");
    return new AdminView(
        State.READ, who, null, evidence, read, membership(context, connection, evidence), client);
  }

  /**
   * The service principal's memberships: its own Graph answer when complete; otherwise the admin
   * identity's, when that is more complete.
   */
  private static GraphMembership membership(
      DoctorContext context, Connection admin, List<String> evidence) {
    Optional<Token> token = context.token().filter(t -> !t.delegated());
    if (token.isEmpty() || context.settings().graphEndpoint().isEmpty()) {
      return GraphMembership.unknown(
          token.isEmpty() ? "no service principal token" : "Graph check turned off");
    }
    GraphMembership own = context.membership();
    if (own.known() && !own.partial()) {
      return own;
    }
    URI graph = context.settings().graphEndpoint().get();
    String scope = GraphMembership.graphResource(graph) + "/.default";
    GraphMembership theirs;
    try {
      String graphToken =
          Secrets.register(
              admin
                  .credential()
                  .getTokenSync(new TokenRequestContext().addScopes(scope))
                  .getToken());
      theirs =
          GraphMembership.read(
              context, graph, token.get().claim("oid"), graphToken, "read by the admin identity: ");
    } catch (RuntimeException e) {
      theirs =
          GraphMembership.unknown(
              "the admin identity got no Microsoft Graph token: " + LibraryToken.message(e));
    }
    evidence.add(
        "Microsoft Graph as the admin identity: "
            + (theirs.known()
                ? GraphMembership.labels(theirs.groups()).isEmpty()
                    ? "no groups"
                    : GraphMembership.labels(theirs.groups())
                : theirs.note()));
    if (theirs.known() && (!theirs.partial() || !own.known())) {
      return theirs;
    }
    return own;
  }

  State state() {
    return state;
  }

  boolean readable() {
    return state == State.READ;
  }

  String who() {
    return who;
  }

  /** Why the settings could not be read. */
  String problem() {
    return problem;
  }

  List<String> evidence() {
    return evidence;
  }

  GraphMembership membership() {
    return membership;
  }

  Optional<TenantSetting> setting(String name) {
    return Optional.ofNullable(settings.get(name));
  }

  /**
   * The verdict of setting {@code name} for the service principal whose object id is {@code oid}.
   */
  Optional<SettingVerdict> verdict(String name, String oid) {
    return setting(name).map(s -> SettingVerdict.judge(s, membership, oid));
  }

  /** Applies {@code change}; the setting as the service now holds it. */
  TenantSetting apply(SettingChange change) {
    return client.updateTenantSetting(change.settingName(), change.request());
  }
}
