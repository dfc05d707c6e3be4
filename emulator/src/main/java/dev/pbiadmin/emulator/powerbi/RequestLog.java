package dev.pbiadmin.emulator.powerbi;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last requests the Power BI service answered, with the real reason for each authorization
 * decision — the reason the real service never tells its callers. Served at {@code GET
 * /emulator/requests} and logged at debug level. Holds no tokens, secrets or bodies. Thread-safe.
 */
public final class RequestLog {
  private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

  /** The header a caller names its request with; Azure SDK clients keep it across retries. */
  public static final String CLIENT_REQUEST_ID = "x-ms-client-request-id";

  private final int capacity;
  private final Deque<Entry> entries = new ArrayDeque<>();

  public RequestLog(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("the request log needs room for at least one entry");
    }
    this.capacity = capacity;
  }

  public void add(Entry entry) {
    synchronized (entries) {
      if (entries.size() == capacity) {
        entries.pollFirst();
      }
      entries.addLast(entry);
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {} {} -> {} [{}] {}: {} ({} ms, RequestId {})",
          entry.method(),
          entry.path(),
          entry.operationId(),
          entry.status(),
          entry.caller(),
          entry.decision(),
          entry.reason(),
          entry.durationMillis(),
          entry.requestId());
    }
  }

  /** The most recent {@code limit} entries, oldest first. */
  public List<Entry> recent(int limit) {
    synchronized (entries) {
      List<Entry> all = new ArrayList<>(entries);
      return all.subList(Math.max(0, all.size() - limit), all.size());
    }
  }

  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  /**
   * One answered request.
   *
   * @param time emulated time the request arrived
   * @param requestId the {@code RequestId} header sent back
   * @param clientRequestId the caller's {@code x-ms-client-request-id}, or {@code null}: the same
   *     on every retry of one client call
   * @param path the path and query (Power BI queries carry no secrets)
   * @param operationId the swagger operation, or {@code null} for an unknown route
   * @param caller who called ({@code app <appid>} or {@code user <upn> via app <appid>}), or {@code
   *     null} before the token was read
   * @param decision the authorization reason code, e.g. {@code LISTED_DIRECTLY_NOT_VIA_GROUP}, or
   *     what stopped the request earlier ({@code NO_TOKEN}, {@code THROTTLED}, {@code FAULT})
   * @param reason the human explanation
   */
  public record Entry(
      Instant time,
      String requestId,
      String clientRequestId,
      String method,
      String path,
      String operationId,
      String caller,
      int status,
      String decision,
      String reason,
      long durationMillis) {}
}
