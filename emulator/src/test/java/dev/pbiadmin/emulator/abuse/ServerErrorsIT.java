package dev.pbiadmin.emulator.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Errors the HTTP server itself produces, before any route runs, still answer with the JSON {@code
 * {"error":{"code","message"}}} envelope and the right 4xx, never Jetty's HTML page.
 */
class ServerErrorsIT {
  @RegisterExtension static EmulatorExtension extension = EmulatorExtension.builder().build();

  @Test
  void oversizedRequestHeaders_answer431Json() {
    RawHttp.Response r =
        raw().send("GET /emulator/health HTTP/1.1\r\nX-Big: " + "a".repeat(12 * 1024));

    assertJsonError(r, 431, "RequestHeaderFieldsTooLarge");
  }

  @Test
  void overlongUri_answers414Json() {
    RawHttp.Response r =
        raw().send("GET /v1.0/myorg/admin/groups?x=" + "a".repeat(12 * 1024) + " HTTP/1.1");

    assertJsonError(r, 414, "UriTooLong");
  }

  @Test
  void malformedRequestLine_answers400Json() {
    RawHttp.Response r = raw().send("THIS IS NOT HTTP");

    assertJsonError(r, 400, "BadRequest");
  }

  @Test
  void badHeaderSyntax_answers400Json() {
    RawHttp.Response r = raw().send("GET /emulator/health HTTP/1.1\r\nNo colon in this header");

    assertJsonError(r, 400, "BadRequest");
  }

  @Test
  void nulInPath_answers400Json() {
    RawHttp.Response r = raw().send("GET /v1.0/myorg/admin/groups/%00 HTTP/1.1");

    assertThat(r.status()).isBetween(400, 404);
    assertThat(r.json().path("error").path("code").asText()).isNotEmpty();
  }

  @Test
  void unknownPath_answers404Json() {
    RawHttp.Response r = raw().send("GET /no/such/thing HTTP/1.1");

    assertJsonError(r, 404, "NotFound");
  }

  @Test
  void wrongMethodOnKnownPath_answers405Json() {
    RawHttp.Response r = raw().send("DELETE /emulator/health HTTP/1.1");

    assertJsonError(r, 405, "MethodNotAllowed");
  }

  @Test
  void wrongMethodOnTokenEndpoint_answers405Json() {
    RawHttp.Response r =
        raw().send("GET /" + extension.get().tenantId() + "/oauth2/v2.0/token HTTP/1.1");

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.headers().get("content-type")).startsWith("application/json");
  }

  @Test
  void bodyTooLarge_answers413Json() {
    byte[] body =
        "{\"a\":\"".concat("x".repeat(2_000_000)).concat("\"}").getBytes(StandardCharsets.UTF_8);

    RawHttp.Response r =
        raw().send("PUT /emulator/settings/x HTTP/1.1\r\nContent-Type: application/json", body);

    assertJsonError(r, 413, "RequestTooLarge");
  }

  @Test
  void unsupportedHttpVersion_answersJson() {
    RawHttp.Response r = raw().send("GET /emulator/health HTTP/7.0");

    assertThat(r.status()).isBetween(400, 505);
    assertThat(r.json().path("error").path("code").asText()).isNotEmpty();
  }

  @AfterEach
  void healthStillAnswers() {
    RawHttp.Response r = raw().send("GET /emulator/health HTTP/1.1");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("ok");
  }

  private static RawHttp raw() {
    Emulator emulator = extension.get();
    return new RawHttp(emulator);
  }

  static void assertJsonError(RawHttp.Response r, int status, String code) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().get("content-type")).as(r.body()).startsWith("application/json");
    JsonNode error = r.json().path("error");
    assertThat(error.path("code").asText()).as(r.body()).isEqualTo(code);
    assertThat(error.path("message").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("<html", "<h2>", "jetty", "Jetty");
  }
}
