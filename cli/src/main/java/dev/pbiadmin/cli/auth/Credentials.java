package dev.pbiadmin.cli.auth;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.identity.AadCredentialBuilderBase;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DeviceCodeCredentialBuilder;
import com.azure.identity.EnvironmentCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.identity.UsernamePasswordCredentialBuilder;
import com.azure.identity.WorkloadIdentityCredentialBuilder;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;

/** Turns complete {@link ConnectionSettings} into an azure-identity {@link TokenCredential}. */
final class Credentials {
  private static final Set<String> MICROSOFT_AUTHORITY_HOSTS =
      Set.of("login.microsoftonline.com", "login.microsoftonline.us", "login.chinacloudapi.cn");

  private Credentials() {}

  static TokenCredential build(ConnectionSettings settings, PrintWriter notices) {
    HttpClient http = httpClient(settings.sslContext());
    String authority = settings.endpoints().authorityHost().toString();
    String tenant = settings.tenant().orElse(null);
    String clientId = settings.clientId().orElse(null);
    CredentialSource source = settings.credential();
    if (source instanceof CredentialSource.ClientSecret secret) {
      return aad(new ClientSecretCredentialBuilder(), http, authority)
          .tenantId(tenant)
          .clientId(clientId)
          .clientSecret(secret.value())
          .build();
    }
    if (source instanceof CredentialSource.Certificate certificate) {
      ClientCertificateCredentialBuilder builder =
          aad(new ClientCertificateCredentialBuilder(), http, authority)
              .tenantId(tenant)
              .clientId(clientId);
      String file = certificate.file().toString();
      String name = file.toLowerCase(Locale.ROOT);
      if (name.endsWith(".pfx") || name.endsWith(".p12")) {
        builder.pfxCertificate(file);
        certificate.password().ifPresent(builder::clientCertificatePassword);
      } else {
        builder.pemCertificate(file);
      }
      return builder.build();
    }
    if (source instanceof CredentialSource.UserPassword user) {
      return masterAccountPassword(user, http, authority, tenant, clientId);
    }
    if (source instanceof CredentialSource.DeviceCode) {
      return aad(new DeviceCodeCredentialBuilder(), http, authority)
          .tenantId(tenant)
          .clientId(clientId)
          .challengeConsumer(
              challenge -> {
                notices.println(challenge.getMessage());
                notices.flush();
              })
          .build();
    }
    if (source instanceof CredentialSource.ManagedIdentity) {
      ManagedIdentityCredentialBuilder builder =
          new ManagedIdentityCredentialBuilder().httpClient(http);
      // A client id selects a user-assigned identity; without one the system-assigned is used.
      settings.clientId().ifPresent(builder::clientId);
      return builder.build();
    }
    if (source instanceof CredentialSource.WorkloadIdentity workload) {
      return aad(new WorkloadIdentityCredentialBuilder(), http, authority)
          .tenantId(tenant)
          .clientId(clientId)
          .tokenFilePath(workload.tokenFile().toString())
          .build();
    }
    if (source instanceof CredentialSource.AzureCli) {
      AzureCliCredentialBuilder builder = new AzureCliCredentialBuilder();
      settings.tenant().ifPresent(builder::tenantId);
      return builder.build();
    }
    if (source instanceof CredentialSource.Environment) {
      return new EnvironmentCredentialBuilder().authorityHost(authority).httpClient(http).build();
    }
    throw new IllegalStateException("settings without a credential always carry a gap");
  }

  // Microsoft deprecated username/password (ROPC) sign-in; it stays for admins who have nothing
  // else yet.
  @SuppressWarnings("deprecation")
  private static TokenCredential masterAccountPassword(
      CredentialSource.UserPassword user,
      HttpClient http,
      String authority,
      String tenant,
      String clientId) {
    return aad(new UsernamePasswordCredentialBuilder(), http, authority)
        .tenantId(tenant)
        .clientId(clientId)
        .username(user.username())
        .password(user.password())
        .build();
  }

  private static <T extends AadCredentialBuilderBase<T>> T aad(
      T builder, HttpClient http, String authority) {
    // One retry: a wrong authority host should fail in a second, not after four backed-off
    // attempts.
    builder.httpClient(http).maxRetry(1).authorityHost(authority);
    // MSAL asks Microsoft's instance-discovery endpoint about unknown hosts; an emulator is
    // unknown.
    if (!MICROSOFT_AUTHORITY_HOSTS.contains(java.net.URI.create(authority).getHost())) {
      builder.disableInstanceDiscovery();
    }
    return builder;
  }

  private static HttpClient httpClient(Optional<SSLContext> ssl) {
    java.net.http.HttpClient.Builder jdk = java.net.http.HttpClient.newBuilder();
    ssl.ifPresent(jdk::sslContext);
    return new JdkHttpClientBuilder(jdk).build();
  }
}
