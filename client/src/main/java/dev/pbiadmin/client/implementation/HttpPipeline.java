package dev.pbiadmin.client.implementation;

import dev.pbiadmin.client.PowerBiException;
import dev.pbiadmin.client.PowerBiNotAuthorizedException;
import dev.pbiadmin.client.RetryOptions;
import dev.pbiadmin.client.Sleeper;
import dev.pbiadmin.client.ThrottledException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one ordered request path: request id and user agent, then the operation's rate budget, then
 * retry (429/500/502/503/504 and connection faults, honouring {@code Retry-After}), then the bearer
 * token (refreshed once on 401 or 403 {@code TokenExpired}), then logging. Only the redacted URL,
 * status, timing and {@code RequestId} are ever logged; never headers or bodies.
 */
public final class HttpPipeline {
  private static final Logger LOG = LoggerFactory.getLogger("dev.pbiadmin.client");

  private final HttpClient http;
  private final TokenCache tokens;
  private final RateLimiter limiter;
  private final RetryOptions retry;
  private final Backoff backoff;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration readTimeout;
  private final String userAgent;
  private final ServiceDialect dialect;

  public HttpPipeline(
      HttpClient http,
      TokenCache tokens,
      RateLimiter limiter,
      RetryOptions retry,
      Clock clock,
      Sleeper sleeper,
      Duration readTimeout,
      String userAgent,
      ServiceDialect dialect) {
    this.http = http;
    this.tokens = tokens;
    this.limiter = limiter;
    this.retry = retry;
    this.backoff = new Backoff(retry, () -> ThreadLocalRandom.current().nextDouble());
    this.clock = clock;
    this.sleeper = sleeper;
    this.readTimeout = readTimeout;
    this.userAgent = userAgent;
    this.dialect = dialect;
  }

  /** A successful response: status, headers and the body as the handler produced it. */
  public record Response<T>(int status, HttpHeaders headers, T body) {}

  /** Sends and reads the whole body into memory. */
  public Response<byte[]> send(String operationId, String method, URI uri, byte[] jsonBody) {
    return send(operationId, method, uri, jsonBody, BodyHandlers.ofByteArray());
  }

  /**
   * GETs a 2xx body into {@code target}, replacing it: a connection dropped mid-body is retried and
   * the file rewritten from the start.
   */
  public void download(String operationId, URI uri, Path target) {
    send(
        operationId,
        "GET",
        uri,
        null,
        BodyHandlers.ofFile(
            target,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING));
  }

  /**
   * Sends with {@code onSuccess} reading a 2xx body (e.g. into a file); error bodies are always
   * read into memory to be parsed. A connection dropped mid-body is retried like any connection
   * fault.
   */
  @SuppressWarnings("unchecked")
  public <T> Response<T> send(
      String operationId, String method, URI uri, byte[] jsonBody, BodyHandler<T> onSuccess) {
    String safeUrl = UrlRedactor.redact(uri);
    BodyHandler<Object> handler =
        info ->
            info.statusCode() / 100 == 2
                ? BodySubscribers.mapping(onSuccess.apply(info), b -> (Object) b)
                : BodySubscribers.mapping(BodySubscribers.ofByteArray(), b -> (Object) b);
    // one id for the request, kept by every retry of it (as Azure SDK's RequestIdPolicy does), so
    // the
    // attempts of one call can be found together in the service's logs
    String clientRequestId = UUID.randomUUID().toString();
    boolean refreshed = false;
    int attempt = 0;
    try {
      while (true) {
        attempt++;
        RateLimiter.Permit permit = limiter.acquire(operationId);
        String token = tokens.token();
        HttpRequest request = request(method, uri, jsonBody, token, clientRequestId);
        long started = System.nanoTime();
        HttpResponse<Object> response;
        try {
          response = http.send(request, handler);
        } catch (IOException e) {
          limiter.answered(permit);
          String fault = e.getClass().getSimpleName();
          if (attempt >= retry.maxAttempts()) {
            throw PowerBiException.connectionFailed(
                operationId
                    + " failed: "
                    + fault
                    + " talking to the service after "
                    + attempt
                    + " attempts",
                safeUrl,
                e);
          }
          Duration wait = backoff.delay(attempt);
          LOG.warn(
              "{} {} failed with {} (attempt {}/{}); retrying in {} ms",
              method,
              safeUrl,
              fault,
              attempt,
              retry.maxAttempts(),
              wait.toMillis());
          sleeper.sleep(wait);
          continue;
        }
        int status = response.statusCode();
        String requestId = response.headers().firstValue("RequestId").orElse(null);
        // logged once here (the redacted URL, never a body)
        LOG.debug(
            "{} {} -> {} in {} ms (RequestId {})",
            method,
            safeUrl,
            status,
            (System.nanoTime() - started) / 1_000_000,
            requestId);
        if (status / 100 == 2) {
          limiter.answered(permit);
          return new Response<>(status, response.headers(), (T) response.body());
        }
        ServiceError error = ServiceError.parse((byte[]) response.body());
        if (requestId == null) {
          requestId = error.requestId();
        }
        boolean staleToken = dialect.staleToken(status, error.code());
        // neither a throttled call nor one turned away for its token counts against the quota
        if (status == 429 || staleToken) {
          limiter.refused(permit);
        } else {
          limiter.answered(permit);
        }
        Duration retryAfter =
            RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock);
        if (!refreshed && staleToken) {
          // OkHttp's rule: refresh the credential once, then give up
          refreshed = true;
          attempt--;
          tokens.invalidate(token);
          LOG.info(
              "{} {} -> {} {}; refreshing the token once", method, safeUrl, status, error.code());
          continue;
        }
        if (dialect.notAuthorized(status, error.code(), refreshed)) {
          throw PowerBiNotAuthorizedException.refused(
              dialect.notAuthorizedAdvice(), status, error.code(), requestId, retryAfter, safeUrl);
        }
        if (isRetryable(status)) {
          if (retryAfter != null) {
            limiter.blockUntil(operationId, clock.instant().plus(retryAfter));
          }
          if (status == 429
              && retryAfter != null
              && retryAfter.compareTo(retry.maxRetryWait()) > 0) {
            throw throttled(
                operationId,
                "asked to wait "
                    + retryAfter.toSeconds()
                    + " s, longer than the configured maximum of "
                    + retry.maxRetryWait().toSeconds()
                    + " s",
                requestId,
                retryAfter,
                safeUrl);
          }
          if (attempt >= retry.maxAttempts()) {
            if (status == 429) {
              throw throttled(
                  operationId,
                  "still throttled after " + attempt + " attempts",
                  requestId,
                  retryAfter,
                  safeUrl);
            }
            throw failure(operationId, status, error, requestId, retryAfter, safeUrl, attempt);
          }
          Duration wait =
              retryAfter != null ? min(retryAfter, retry.maxRetryWait()) : backoff.delay(attempt);
          LOG.warn(
              "{} {} -> {} (attempt {}/{}, RequestId {}); retrying in {} ms",
              method,
              safeUrl,
              status,
              attempt,
              retry.maxAttempts(),
              requestId,
              wait.toMillis());
          sleeper.sleep(wait);
          continue;
        }
        throw failure(operationId, status, error, requestId, retryAfter, safeUrl, attempt);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PowerBiException.interrupted(operationId + " was interrupted", safeUrl, e);
    }
  }

  private HttpRequest request(
      String method, URI uri, byte[] jsonBody, String token, String clientRequestId) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(readTimeout)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("User-Agent", userAgent)
            .header("x-ms-client-request-id", clientRequestId);
    if (jsonBody != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofByteArray(jsonBody));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return b.build();
  }

  private static boolean isRetryable(int status) {
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private ThrottledException throttled(
      String operationId, String why, String requestId, Duration retryAfter, String url) {
    return ThrottledException.of(
        operationId
            + " was throttled by "
            + dialect.serviceName()
            + " (HTTP 429): "
            + why
            + (retryAfter == null
                ? ""
                : "; the service accepts calls again in " + retryAfter.toSeconds() + " s"),
        requestId,
        retryAfter,
        url);
  }

  private static PowerBiException failure(
      String operationId,
      int status,
      ServiceError error,
      String requestId,
      Duration retryAfter,
      String url,
      int attempts) {
    StringBuilder m = new StringBuilder(operationId).append(" failed with HTTP ").append(status);
    if (error.code() != null) {
      m.append(' ').append(error.code());
    }
    if (error.message() != null) {
      m.append(": ").append(error.message());
    }
    if (attempts > 1) {
      m.append(" (after ").append(attempts).append(" attempts)");
    }
    return PowerBiException.httpError(
        m.toString(), status, error.code(), requestId, retryAfter, url);
  }
}
