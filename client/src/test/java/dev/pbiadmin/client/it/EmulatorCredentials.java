package dev.pbiadmin.client.it;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import dev.pbiadmin.emulator.Emulator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/**
 * Microsoft's real azure-identity credentials pointed at the emulator's authority over HTTPS,
 * trusting the emulator's CA. Instance discovery is off because the authority host is not a
 * Microsoft cloud.
 */
final class EmulatorCredentials {
  private EmulatorCredentials() {}

  static HttpClient identityHttp(Emulator emulator) {
    return new JdkHttpClientBuilder(
            java.net.http.HttpClient.newBuilder().sslContext(emulator.sslContext()))
        .build();
  }

  static TokenCredential secret(Emulator emulator, String clientId, String secret) {
    return new ClientSecretCredentialBuilder()
        .authorityHost(emulator.authorityHost().toString())
        .tenantId(emulator.tenantId())
        .clientId(clientId)
        .clientSecret(secret)
        .disableInstanceDiscovery()
        .httpClient(identityHttp(emulator))
        .build();
  }

  static TokenCredential certificate(Emulator emulator, String clientId, String pemPath) {
    return new ClientCertificateCredentialBuilder()
        .authorityHost(emulator.authorityHost().toString())
        .tenantId(emulator.tenantId())
        .clientId(clientId)
        .pemCertificate(pemPath)
        .disableInstanceDiscovery()
        .httpClient(identityHttp(emulator))
        .build();
  }

  /** Wraps a credential and remembers every token it handed out, so a test can look for them. */
  static final class Recording implements TokenCredential {
    final List<String> tokens = new CopyOnWriteArrayList<>();
    private final TokenCredential inner;

    Recording(TokenCredential inner) {
      this.inner = inner;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
      return inner.getToken(request).doOnNext(t -> tokens.add(t.getToken()));
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
      AccessToken t = inner.getTokenSync(request);
      tokens.add(t.getToken());
      return t;
    }
  }
}
