package dev.pbiadmin.client;

import com.azure.core.credential.TokenCredential;
import dev.pbiadmin.client.implementation.HttpPipeline;
import dev.pbiadmin.client.implementation.RateLimiter;
import dev.pbiadmin.client.implementation.TokenCache;
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
  private TokenCredential credential;
  private PowerBiCloud cloud = PowerBiCloud.PUBLIC;
  private URI endpoint;
  private String scope;
  private HttpClient httpClient;
  private SSLContext sslContext;
  private Duration connectTimeout = Duration.ofSeconds(30);
  private Duration readTimeout = Duration.ofSeconds(120);
  private RetryOptions retryOptions = RetryOptions.defaults();
  private RateBudgets rateBudgets = RateBudgets.documented();
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.system();
  private Duration scanPollInterval = Duration.ofSeconds(30);
  private String applicationId;

  /** How to get tokens (e.g. azure-identity's ClientSecretCredential or ClientCertificateCredential). */
  public PowerBiAdminClientBuilder credential(TokenCredential credential) {
    this.credential = Objects.requireNonNull(credential, "credential");
    return this;
  }

  /** The cloud: its Power BI endpoint and token scope (default {@link PowerBiCloud#PUBLIC}). */
  public PowerBiAdminClientBuilder cloud(PowerBiCloud cloud) {
    this.cloud = Objects.requireNonNull(cloud, "cloud");
    return this;
  }

  /** Overrides the cloud's Power BI endpoint, e.g. the emulator's {@code https://127.0.0.1:port}. */
  public PowerBiAdminClientBuilder endpoint(String endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    URI uri;
    try {
      uri = URI.create(endpoint);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("endpoint is not a URL: " + endpoint, e);
    }
    if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("endpoint must be an absolute https URL such as https://api.powerbi.com, got " + endpoint);
    }
    this.endpoint = uri;
    return this;
  }

  /** Overrides the token scope (default: the cloud's resource + {@code /.default}). */
  public PowerBiAdminClientBuilder scope(String scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
    return this;
  }

  /** A preconfigured JDK HTTP client (TLS, proxy, executor). Excludes {@link #sslContext}. */
  public PowerBiAdminClientBuilder httpClient(HttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return this;
  }

  /** The TLS context to trust the server with (e.g. the emulator's); ignored with {@link #httpClient}. */
  public PowerBiAdminClientBuilder sslContext(SSLContext sslContext) {
    this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
    return this;
  }

  public PowerBiAdminClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return this;
  }

  /** How long one request may take to answer before it counts as a connection fault and is retried. */
  public PowerBiAdminClientBuilder readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    return this;
  }

  public PowerBiAdminClientBuilder retryOptions(RetryOptions options) {
    this.retryOptions = Objects.requireNonNull(options, "retryOptions");
    return this;
  }

  public PowerBiAdminClientBuilder rateBudgets(RateBudgets budgets) {
    this.rateBudgets = Objects.requireNonNull(budgets, "rateBudgets");
    return this;
  }

  /** The clock budgets, token expiry and scan deadlines are measured on (default system UTC). */
  public PowerBiAdminClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** How the client waits (default real sleeping). */
  public PowerBiAdminClientBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** Time between scan status polls (default 30 s, the low end of Microsoft's 30-60 s advice). */
  public PowerBiAdminClientBuilder scanPollInterval(Duration interval) {
    this.scanPollInterval = positive(interval, "scanPollInterval");
    return this;
  }

  /** A name for the calling application, added to the User-Agent header. */
  public PowerBiAdminClientBuilder applicationId(String applicationId) {
    if (applicationId != null && !applicationId.matches("[A-Za-z0-9._/-]{1,64}")) {
      throw new IllegalArgumentException("applicationId must be 1-64 letters, digits or ._/- characters");
    }
    this.applicationId = applicationId;
    return this;
  }

  public PowerBiAdminClient buildClient() {
    if (credential == null) {
      throw new IllegalStateException("a credential is required: call credential(...) with a TokenCredential,"
          + " e.g. new ClientSecretCredentialBuilder().tenantId(..).clientId(..).clientSecret(..).build()");
    }
    HttpClient http = httpClient;
    if (http == null) {
      HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(connectTimeout)
          .followRedirects(HttpClient.Redirect.NORMAL);
      if (sslContext != null) {
        b.sslContext(sslContext);
      }
      http = b.build();
    }
    URI target = endpoint != null ? endpoint : cloud.endpoint();
    String tokenScope = scope != null ? scope : cloud.scope();
    String userAgent = "pbiadmin-client/" + version() + " Java/" + System.getProperty("java.version")
        + (applicationId == null ? "" : " " + applicationId);
    HttpPipeline pipeline = new HttpPipeline(http, new TokenCache(credential, tokenScope, clock),
        new RateLimiter(rateBudgets, clock, sleeper), retryOptions, clock, sleeper, readTimeout, userAgent);
    return new PowerBiAdminClient(pipeline, target, new ScanSupport(scanPollInterval, clock, sleeper));
  }

  private static String version() {
    String v = PowerBiAdminClientBuilder.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  private static Duration positive(Duration d, String name) {
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
    }
    return d;
  }
}
