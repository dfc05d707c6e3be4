package dev.pbiadmin.client;

import static dev.pbiadmin.client.ScriptedServer.droppedMidBody;
import static dev.pbiadmin.client.ScriptedServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.ClientAuthenticationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class SecretLeakTest {
  private static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.SECRET-TOKEN-BODY.sig";
  private static final String CONTINUATION = "SECRETCONTINUATION%3D%3D";

  @Test
  void anyCallAndFailure_atTrace_neverShowsTokenOrContinuationToken() throws Exception {
    List<String> texts = new ArrayList<>();
    try (ScriptedServer server = new ScriptedServer();
        LogCapture logs = new LogCapture()) {
      server
          .then(json(503, ""))
          .then(droppedMidBody())
          .then(
              json(
                  200,
                  "{\"artifactAccessEntities\":[{\"artifactId\":\"a\"}],\"continuationToken\":\""
                      + CONTINUATION
                      + "\"}"))
          .then(json(403, "{\"error\":{\"code\":\"TokenExpired\"}}"))
          .then(json(401, "{\"error\":{\"code\":\"PowerBINotAuthorizedException\"}}"));
      TestTime time = new TestTime();
      PowerBiAdminClient client =
          new PowerBiAdminClientBuilder()
              .credential(new FixedTokenCredential(TOKEN))
              .endpoint(server.endpoint())
              .clock(time)
              .sleeper(time)
              .buildClient();

      Throwable thrown = catchThrowable(() -> client.listPublishedToWeb().stream().toList());

      assertThat(thrown).isInstanceOf(PowerBiNotAuthorizedException.class);
      texts.add(fullTrace(thrown));
      texts.addAll(logs.lines());
      assertThat(logs.lines()).isNotEmpty();
    }
    assertThat(texts)
        .noneMatch(
            t ->
                t.contains(TOKEN)
                    || t.contains("SECRET-TOKEN")
                    || t.contains("SECRETCONTINUATION"));
  }

  @Test
  void tokenFailure_messageKeepsAadstsCodeButNotTheSecret() {
    String secret = "Sup3r~S3cret.Value";
    TokenCredential failing =
        new TokenCredential() {
          @Override
          public Mono<com.azure.core.credential.AccessToken> getToken(
              com.azure.core.credential.TokenRequestContext r) {
            return Mono.error(new IllegalStateException());
          }

          @Override
          public com.azure.core.credential.AccessToken getTokenSync(
              com.azure.core.credential.TokenRequestContext r) {
            throw new ClientAuthenticationException(
                "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the"
                    + " request is the client secret value.\r\n"
                    + "Trace ID: 1\r\n"
                    + "Correlation ID: 2",
                null);
          }
        };
    PowerBiAdminClient client =
        new PowerBiAdminClientBuilder()
            .credential(failing)
            .endpoint("https://127.0.0.1:1")
            .buildClient();

    Throwable thrown = catchThrowable(() -> client.listCapacities().stream().toList());

    assertThat(thrown)
        .isInstanceOfSatisfying(
            AuthenticationFailedException.class,
            e -> {
              assertThat(e.aadstsCodes()).containsExactly(7000215);
              assertThat(e.getMessage()).contains("AADSTS7000215").doesNotContain("Trace ID");
            });
    assertThat(fullTrace(thrown)).doesNotContain(secret);
  }

  private static String fullTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}
