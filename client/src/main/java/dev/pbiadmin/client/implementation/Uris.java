package dev.pbiadmin.client.implementation;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds request URIs under the endpoint's API root ({@code /v1.0/myorg} for Power BI, {@code
 * /v1/admin} for the Fabric admin API), encoding segments and values.
 */
public final class Uris {
  public static final String POWER_BI_ROOT = "/v1.0/myorg";
  public static final String FABRIC_ADMIN_ROOT = "/v1/admin";

  private final String base;

  public Uris(URI endpoint) {
    this(endpoint, POWER_BI_ROOT);
  }

  /** {@code root} is appended to the endpoint unless the endpoint already ends with it. */
  public Uris(URI endpoint, String root) {
    String s = endpoint.toString();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.endsWith(root)) {
      s = s.substring(0, s.length() - root.length());
    }
    this.base = s + root;
  }

  /** A path under the root whose {@code {}} placeholders are filled with encoded args. */
  public Builder path(String template, String... args) {
    StringBuilder sb = new StringBuilder(base);
    int arg = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        if (args[arg] == null || args[arg].isBlank()) {
          throw new IllegalArgumentException("a required id is missing for " + template);
        }
        sb.append(encode(args[arg++]));
        i++;
      } else {
        sb.append(c);
      }
    }
    return new Builder(sb.toString());
  }

  static String encode(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * The query value to send back a continuation token: the service returns it percent-encoded and
   * expects it URL-decoded, wrapped in single quotes, then encoded again (as Microsoft's PowerShell
   * module does).
   */
  public static String quotedToken(String returnedToken) {
    return "'" + URLDecoder.decode(returnedToken, StandardCharsets.UTF_8) + "'";
  }

  /**
   * A Fabric continuation token as it goes back: the service may return it percent-encoded ({@code
   * LDEsMTAwMDAwLDA%3D}, contract examples); it is decoded once here and encoded again as a query
   * value, so it is never encoded twice.
   */
  public static String returnedToken(String token) {
    return token.indexOf('%') >= 0 ? URLDecoder.decode(token, StandardCharsets.UTF_8) : token;
  }

  /** Accumulates query parameters; null values are left out. */
  public static final class Builder {
    private final String path;
    private final List<String> query = new ArrayList<>();

    private Builder(String path) {
      this.path = path;
    }

    public Builder query(String name, Object value) {
      if (value != null) {
        query.add(name + "=" + encode(value.toString()));
      }
      return this;
    }

    public URI build() {
      return URI.create(query.isEmpty() ? path : path + "?" + String.join("&", query));
    }
  }
}
