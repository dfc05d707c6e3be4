package dev.pbiadmin.cli.doctor;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What the doctor is asked to diagnose: the same identity and endpoints every pbiadmin command
 * uses. Secrets live here only as long as the run; {@link #toString()} never shows them.
 *
 * @param tenant directory (tenant) id or a verified domain, as given
 * @param clientId application (client) id, as given
 * @param clientSecret the client secret, or {@code null}
 * @param certificate a PEM (certificate + private key) or PKCS#12 file, or {@code null}
 * @param certificatePassword password of a PKCS#12 file, or {@code null}
 * @param authorityHost e.g. {@code https://login.microsoftonline.com}
 * @param apiEndpoint e.g. {@code https://api.powerbi.com}
 * @param graphEndpoint e.g. {@code https://graph.microsoft.com}; {@code null} skips the Graph check
 * @param resource the Power BI resource, e.g. {@code https://analysis.windows.net/powerbi/api}
 * @param scope the scope to request; {@code null} means {@code resource + "/.default"}
 * @param workspaceId the workspace to scan, or {@code null} to pick the first one
 * @param scanTimeout how long to wait for the one-workspace scan
 */
public record DoctorSettings(
    String tenant,
    String clientId,
    String clientSecret,
    Path certificate,
    String certificatePassword,
    URI authorityHost,
    URI apiEndpoint,
    URI graphEndpoint,
    String resource,
    String scope,
    String workspaceId,
    Duration scanTimeout) {

  public static final String POWER_BI_RESOURCE = "https://analysis.windows.net/powerbi/api";

  public DoctorSettings {
    Objects.requireNonNull(authorityHost, "authorityHost");
    Objects.requireNonNull(apiEndpoint, "apiEndpoint");
    resource = resource == null ? POWER_BI_RESOURCE : resource;
    scanTimeout = scanTimeout == null ? Duration.ofMinutes(2) : scanTimeout;
  }

  /** The scope actually requested from the v2 token endpoint. */
  public String effectiveScope() {
    return scope != null ? scope : resource + "/.default";
  }

  boolean hasSecret() {
    return clientSecret != null && !clientSecret.isEmpty();
  }

  @Override
  public String toString() {
    return "DoctorSettings[tenant=" + tenant + ", clientId=" + clientId
        + ", secret=" + (hasSecret() ? "***" : "none") + ", certificate=" + certificate
        + ", authorityHost=" + authorityHost + ", apiEndpoint=" + apiEndpoint + "]";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds settings with the public-cloud endpoints as defaults. */
  public static final class Builder {
    private String tenant;
    private String clientId;
    private String clientSecret;
    private Path certificate;
    private String certificatePassword;
    private URI authorityHost = URI.create("https://login.microsoftonline.com");
    private URI apiEndpoint = URI.create("https://api.powerbi.com");
    private URI graphEndpoint = URI.create("https://graph.microsoft.com");
    private String resource = POWER_BI_RESOURCE;
    private String scope;
    private String workspaceId;
    private Duration scanTimeout = Duration.ofMinutes(2);

    private Builder() {}

    public Builder tenant(String v) { tenant = v; return this; }

    public Builder clientId(String v) { clientId = v; return this; }

    public Builder clientSecret(String v) { clientSecret = v; return this; }

    public Builder certificate(Path v) { certificate = v; return this; }

    public Builder certificatePassword(String v) { certificatePassword = v; return this; }

    public Builder authorityHost(URI v) { authorityHost = v; return this; }

    public Builder apiEndpoint(URI v) { apiEndpoint = v; return this; }

    /** {@code null} turns the Graph membership check off. */
    public Builder graphEndpoint(URI v) { graphEndpoint = v; return this; }

    public Builder resource(String v) { resource = v; return this; }

    public Builder scope(String v) { scope = v; return this; }

    public Builder workspaceId(String v) { workspaceId = v; return this; }

    public Builder scanTimeout(Duration v) { scanTimeout = v; return this; }

    public DoctorSettings build() {
      return new DoctorSettings(tenant, clientId, clientSecret, certificate, certificatePassword,
          authorityHost, apiEndpoint, graphEndpoint, resource, scope, workspaceId, scanTimeout);
    }
  }
}
