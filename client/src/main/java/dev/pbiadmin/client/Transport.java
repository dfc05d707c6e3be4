package dev.pbiadmin.client;

import com.azure.core.credential.TokenCredential;
import dev.pbiadmin.client.implementation.HttpPipeline;
import dev.pbiadmin.client.implementation.RateLimiter;
import dev.pbiadmin.client.implementation.ServiceDialect;
import dev.pbiadmin.client.implementation.TokenCache;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * What both client builders configure the same way (credential, HTTP client and TLS, timeouts,
 * retries, budgets, time, user agent), checked as it is set, and the one pipeline they build from
 * it. A builder holds one; only its service's endpoint, scope and dialect differ.
 */
final class Transport {
  TokenCredential credential;
  HttpClient httpClient;
  SSLContext sslContext;
  Duration connectTimeout = Duration.ofSeconds(30);
  Duration readTimeout = Duration.ofSeconds(120);
  RetryOptions retryOptions = RetryOptions.defaults();
  RateBudgets rateBudgets = RateBudgets.documented();
  Clock clock = Clock.systemUTC();
  Sleeper sleeper = Sleeper.system();
  String applicationId;

  void applicationId(String id) {
    if (id != null && !id.matches("[A-Za-z0-9._/-]{1,64}")) {
      throw new IllegalArgumentException(
          "applicationId must be 1-64 letters, digits or ._/- characters");
    }
    this.applicationId = id;
  }

  static URI endpoint(String endpoint, String example) {
    Objects.requireNonNull(endpoint, "endpoint");
    URI uri;
    try {
      uri = URI.create(endpoint);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("endpoint is not a URL: " + endpoint, e);
    }
    if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "endpoint must be an absolute https URL such as " + example + ", got " + endpoint);
    }
    return uri;
  }

  static Duration positive(Duration d, String name) {
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
    }
    return d;
  }

  /** The request path for one service; names what is missing. */
  HttpPipeline pipeline(String scope, ServiceDialect dialect) {
    if (credential == null) {
      throw new IllegalStateException(
          "a credential is required: call credential(...) with a TokenCredential, e.g. new"
              + " ClientSecretCredentialBuilder().tenantId(..).clientId(..).clientSecret(..).build()");
    }
    HttpClient http = httpClient;
    if (http == null) {
      // never follow redirects: the JDK would resend the Authorization header to wherever they
      // point
      HttpClient.Builder b =
          HttpClient.newBuilder()
              .connectTimeout(connectTimeout)
              .followRedirects(HttpClient.Redirect.NEVER);
      if (sslContext != null) {
        b.sslContext(sslContext);
      }
      http = b.build();
    }
    String userAgent =
        "pbiadmin-client/"
            + version()
            + " Java/"
            + System.getProperty("java.version")
            + (applicationId == null ? "" : " " + applicationId);
    return new HttpPipeline(
        http,
        new TokenCache(credential, scope, clock),
        new RateLimiter(rateBudgets, clock, sleeper),
        retryOptions,
        clock,
        sleeper,
        readTimeout,
        userAgent,
        dialect);
  }

  private static String version() {
    String v = Transport.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
