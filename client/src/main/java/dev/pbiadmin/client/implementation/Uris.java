package dev.pbiadmin.client.implementation;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds request URIs under the endpoint's {@code /v1.0/myorg}, encoding segments and values. */
public final class Uris {
  private final String base;

  public Uris(URI endpoint) {
    String s = endpoint.toString();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.endsWith("/v1.0/myorg")) {
      s = s.substring(0, s.length() - "/v1.0/myorg".length());
    }
    this.base = s + "/v1.0/myorg";
  }

  /** A path under {@code /v1.0/myorg} whose {@code {}} placeholders are filled with encoded args. */
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
