package dev.pbiadmin.client;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/**
 * Hands out the scripted tokens in order (the last one repeats) and records the scopes asked for.
 */
final class FixedTokenCredential implements TokenCredential {
  private final List<String> tokens;
  final List<String> scopes = new CopyOnWriteArrayList<>();
  private int next;

  FixedTokenCredential(String... tokens) {
    this.tokens = List.of(tokens);
  }

  @Override
  public Mono<AccessToken> getToken(TokenRequestContext request) {
    return Mono.fromSupplier(() -> getTokenSync(request));
  }

  @Override
  public synchronized AccessToken getTokenSync(TokenRequestContext request) {
    scopes.addAll(request.getScopes());
    String t = tokens.get(Math.min(next++, tokens.size() - 1));
    return new AccessToken(t, OffsetDateTime.now().plusHours(1));
  }

  synchronized int issued() {
    return next;
  }
}
