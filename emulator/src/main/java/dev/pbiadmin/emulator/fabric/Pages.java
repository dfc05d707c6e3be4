package dev.pbiadmin.emulator.fabric;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Fabric's continuation paging ("A maximum of 10,000 records can be returned per request"): a page
 * of records plus {@code continuationToken} and {@code continuationUri}, both left out on the last
 * page. The token carries the offset and the request's filters, because the continuation URI
 * carries nothing else. Tokens are Base64 and sent percent-encoded, as in the contract's examples
 * ({@code LDEsMTAwMDAwLDA%3D}); a token may come back quoted, encoded once or twice.
 */
final class Pages {
  private final int pageSize;
  private final Supplier<String> baseUrl;

  Pages(int pageSize, Supplier<String> baseUrl) {
    if (pageSize < 1) {
      throw new IllegalArgumentException(
          "the Fabric page size must be at least 1, got " + pageSize);
    }
    this.pageSize = pageSize;
    this.baseUrl = baseUrl;
  }

  /** Where a list continues from: the offset and the filters of the request that began it. */
  record Cursor(int offset, Map<String, String> filters) {
    String filter(String name) {
      return filters.get(name);
    }
  }

  /**
   * The cursor of a request: its token's, or offset 0 with the request's own {@code filterNames}.
   */
  Cursor cursor(FabricCall call, List<String> filterNames) {
    String token = call.query("continuationToken");
    if (token == null) {
      Map<String, String> filters = new LinkedHashMap<>();
      for (String name : filterNames) {
        String value = call.query(name);
        if (value != null) {
          filters.put(name, value);
        }
      }
      return new Cursor(0, filters);
    }
    return decode(token);
  }

  /**
   * The page at the cursor, the records under {@code itemName}, and where to continue if there is
   * more.
   */
  <T> Map<String, Object> page(
      FabricCall call, Cursor cursor, Stream<T> all, String itemName, Function<T, Object> render) {
    List<Object> items = new ArrayList<>();
    boolean more;
    try (Stream<T> window = all.skip(cursor.offset()).limit(pageSize + 1L)) {
      window.forEach(t -> items.add(items.size() < pageSize ? render.apply(t) : null));
    }
    more = items.size() > pageSize;
    if (more) {
      items.remove(items.size() - 1);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(itemName, items);
    if (more) {
      String token = encode(cursor.offset() + pageSize, cursor.filters());
      body.put(
          "continuationUri",
          baseUrl.get() + call.operation().fullPath() + "?continuationToken=" + token);
      body.put("continuationToken", token);
    }
    return body;
  }

  private String encode(int offset, Map<String, String> filters) {
    StringBuilder plain = new StringBuilder().append(offset).append(',').append(pageSize);
    filters.forEach(
        (k, v) ->
            plain
                .append(',')
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    String base64 =
        Base64.getEncoder().encodeToString(plain.toString().getBytes(StandardCharsets.UTF_8));
    return URLEncoder.encode(base64, StandardCharsets.UTF_8);
  }

  private static Cursor decode(String token) {
    String t = token;
    if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
      t = t.substring(1, t.length() - 1);
    }
    for (int i = 0; i < 2 && t.contains("%"); i++) {
      t = URLDecoder.decode(t, StandardCharsets.UTF_8);
    }
    try {
      String[] parts =
          new String(Base64.getDecoder().decode(t), StandardCharsets.UTF_8).split(",", -1);
      int offset = Integer.parseInt(parts[0]);
      Integer.parseInt(parts[1]);
      if (offset < 0) {
        throw new IllegalArgumentException("negative offset");
      }
      Map<String, String> filters = new LinkedHashMap<>();
      for (int i = 2; i < parts.length; i++) {
        int eq = parts[i].indexOf('=');
        filters.put(
            parts[i].substring(0, eq),
            URLDecoder.decode(parts[i].substring(eq + 1), StandardCharsets.UTF_8));
      }
      return new Cursor(offset, filters);
    } catch (RuntimeException e) {
      throw FabricException.badRequest(
          "InvalidContinuationToken",
          "The continuation token is not valid; start the list again without one.");
    }
  }
}
