package dev.pbiadmin.client;

import com.azure.core.credential.TokenCredential;
import dev.pbiadmin.client.implementation.ServiceDialect;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Builds a {@link FabricAdminClient}. Only {@link #credential} is required; the endpoint defaults
 * to {@code https://api.fabric.microsoft.com} and tokens are requested for {@code
 * https://api.fabric.microsoft.com/.default}. The same settings as {@link
 * PowerBiAdminClientBuilder}, checked the same way.
 */
public final class FabricAdminClientBuilder {
  /** The public cloud's Fabric REST endpoint. */
  public static final String DEFAULT_ENDPOINT = "https://api.fabric.microsoft.com";

  /** The scope of Fabric REST API tokens. */
  public static final String DEFAULT_SCOPE = "https://api.fabric.microsoft.com/.default";

  private final Transport transport = new Transport();
  private URI endpoint = URI.create(DEFAULT_ENDPOINT);
  private String scope = DEFAULT_SCOPE;

  /**
   * How to get tokens (e.g. azure-identity's ClientSecretCredential or
   * ClientCertificateCredential).
   */
  public FabricAdminClientBuilder credential(TokenCredential credential) {
    transport.credential = Objects.requireNonNull(credential, "credential");
    return this;
  }

  /**
   * The Fabric endpoint, e.g. the emulator's {@code fabricApiUrl} (default {@value
   * #DEFAULT_ENDPOINT}).
   */
  public FabricAdminClientBuilder endpoint(String endpoint) {
    this.endpoint = Transport.endpoint(endpoint, DEFAULT_ENDPOINT);
    return this;
  }

  /** Overrides the token scope (default {@value #DEFAULT_SCOPE}). */
  public FabricAdminClientBuilder scope(String scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
    return this;
  }

  /** A preconfigured JDK HTTP client (TLS, proxy, executor). Excludes {@link #sslContext}. */
  public FabricAdminClientBuilder httpClient(HttpClient httpClient) {
    transport.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return this;
  }

  /**
   * The TLS context to trust the server with (e.g. the emulator's); ignored with {@link
   * #httpClient}.
   */
  public FabricAdminClientBuilder sslContext(SSLContext sslContext) {
    transport.sslContext = Objects.requireNonNull(sslContext, "sslContext");
    return this;
  }

  public FabricAdminClientBuilder connectTimeout(Duration timeout) {
    transport.connectTimeout = Transport.positive(timeout, "connectTimeout");
    return this;
  }

  /**
   * How long one request may take to answer before it counts as a connection fault and is retried.
   */
  public FabricAdminClientBuilder readTimeout(Duration timeout) {
    transport.readTimeout = Transport.positive(timeout, "readTimeout");
    return this;
  }

  public FabricAdminClientBuilder retryOptions(RetryOptions options) {
    transport.retryOptions = Objects.requireNonNull(options, "retryOptions");
    return this;
  }

  /**
   * Per-operation budgets (default {@link RateBudgets#documented()}, which knows the Fabric
   * operations).
   */
  public FabricAdminClientBuilder rateBudgets(RateBudgets budgets) {
    transport.rateBudgets = Objects.requireNonNull(budgets, "rateBudgets");
    return this;
  }

  /** The clock budgets and token expiry are measured on (default system UTC). */
  public FabricAdminClientBuilder clock(Clock clock) {
    transport.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** How the client waits (default real sleeping). */
  public FabricAdminClientBuilder sleeper(Sleeper sleeper) {
    transport.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** A name for the calling application, added to the User-Agent header. */
  public FabricAdminClientBuilder applicationId(String applicationId) {
    transport.applicationId(applicationId);
    return this;
  }

  public FabricAdminClient buildClient() {
    return new FabricAdminClient(transport.pipeline(scope, ServiceDialect.FABRIC), endpoint);
  }
}
