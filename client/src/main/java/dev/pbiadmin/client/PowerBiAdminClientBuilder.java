package dev.pbiadmin.client;

import com.azure.core.credential.TokenCredential;
import dev.pbiadmin.client.implementation.HttpPipeline;
import dev.pbiadmin.client.implementation.ServiceDialect;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Builds a {@link PowerBiAdminClient}. Only {@link #credential} is required; everything else has a
 * production default (public cloud, documented rate budgets, real time). Setters reject bad values
 * at once; {@link #buildClient()} names anything missing.
 */
public final class PowerBiAdminClientBuilder {
  private final Transport transport = new Transport();
  private PowerBiCloud cloud = PowerBiCloud.PUBLIC;
  private URI endpoint;
  private String scope;
  private Duration scanPollInterval = Duration.ofSeconds(30);

  /**
   * How to get tokens (e.g. azure-identity's ClientSecretCredential or
   * ClientCertificateCredential).
   */
  public PowerBiAdminClientBuilder credential(TokenCredential credential) {
    transport.credential = Objects.requireNonNull(credential, "credential");
    return this;
  }

  /** The cloud: its Power BI endpoint and token scope (default {@link PowerBiCloud#PUBLIC}). */
  public PowerBiAdminClientBuilder cloud(PowerBiCloud cloud) {
    this.cloud = Objects.requireNonNull(cloud, "cloud");
    return this;
  }

  /**
   * Overrides the cloud's Power BI endpoint, e.g. the emulator's {@code https://127.0.0.1:port}.
   */
  public PowerBiAdminClientBuilder endpoint(String endpoint) {
    this.endpoint = Transport.endpoint(endpoint, "https://api.powerbi.com");
    return this;
  }

  /** Overrides the token scope (default: the cloud's resource + {@code /.default}). */
  public PowerBiAdminClientBuilder scope(String scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
    return this;
  }

  /** A preconfigured JDK HTTP client (TLS, proxy, executor). Excludes {@link #sslContext}. */
  public PowerBiAdminClientBuilder httpClient(HttpClient httpClient) {
    transport.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return this;
  }

  /**
   * The TLS context to trust the server with (e.g. the emulator's); ignored with {@link
   * #httpClient}.
   */
  public PowerBiAdminClientBuilder sslContext(SSLContext sslContext) {
    transport.sslContext = Objects.requireNonNull(sslContext, "sslContext");
    return this;
  }

  public PowerBiAdminClientBuilder connectTimeout(Duration timeout) {
    transport.connectTimeout = Transport.positive(timeout, "connectTimeout");
    return this;
  }

  /**
   * How long one request may take to answer before it counts as a connection fault and is retried.
   */
  public PowerBiAdminClientBuilder readTimeout(Duration timeout) {
    transport.readTimeout = Transport.positive(timeout, "readTimeout");
    return this;
  }

  public PowerBiAdminClientBuilder retryOptions(RetryOptions options) {
    transport.retryOptions = Objects.requireNonNull(options, "retryOptions");
    return this;
  }

  public PowerBiAdminClientBuilder rateBudgets(RateBudgets budgets) {
    transport.rateBudgets = Objects.requireNonNull(budgets, "rateBudgets");
    return this;
  }

  /** The clock budgets, token expiry and scan deadlines are measured on (default system UTC). */
  public PowerBiAdminClientBuilder clock(Clock clock) {
    transport.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** How the client waits (default real sleeping). */
  public PowerBiAdminClientBuilder sleeper(Sleeper sleeper) {
    transport.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** Time between scan status polls (default 30 s, the low end of Microsoft's 30-60 s advice). */
  public PowerBiAdminClientBuilder scanPollInterval(Duration interval) {
    this.scanPollInterval = Transport.positive(interval, "scanPollInterval");
    return this;
  }

  /** A name for the calling application, added to the User-Agent header. */
  public PowerBiAdminClientBuilder applicationId(String applicationId) {
    transport.applicationId(applicationId);
    return this;
  }

  public PowerBiAdminClient buildClient() {
    HttpPipeline pipeline =
        transport.pipeline(scope != null ? scope : cloud.scope(), ServiceDialect.POWER_BI);
    return new PowerBiAdminClient(
        pipeline,
        endpoint != null ? endpoint : cloud.endpoint(),
        new ScanSupport(scanPollInterval, transport.clock, transport.sleeper));
  }
}
