package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.Emulator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Thousands of random query strings and bodies at the admin routes: never a 5xx. */
class FuzzIT {
  private static final String[] PATHS = {
    "/v1.0/myorg/admin/groups",
    "/v1.0/myorg/admin/reports",
    "/v1.0/myorg/admin/dashboards",
    "/v1.0/myorg/admin/datasets",
    "/v1.0/myorg/admin/dataflows",
    "/v1.0/myorg/admin/apps",
    "/v1.0/myorg/admin/imports",
    "/v1.0/myorg/admin/capacities/refreshables",
    "/v1.0/myorg/admin/activityevents",
    "/v1.0/myorg/admin/workspaces/modified",
    "/v1.0/myorg/admin/workspaces/scanStatus/x",
    "/v1.0/myorg/admin/groups/00000000-0000-0000-0000-000000000000/users",
    "/v1.0/myorg/groups"
  };
  private static final String[] PARAMS = {
    "$top",
    "$skip",
    "$filter",
    "$expand",
    "startDateTime",
    "endDateTime",
    "continuationToken",
    "modifiedSince",
    "excludePersonalWorkspaces",
    "lineage",
    "artifactTypes"
  };

  private static Emulator emulator;
  private static EmulatorHttp http;
  private static String token;

  @BeforeContainer
  static void start() {
    emulator = Emulator.builder().throttling(false).demoWorkspaces(30).build().start();
    http = new EmulatorHttp(emulator);
    token = http.demoToken();
  }

  @AfterContainer
  static void stop() {
    emulator.close();
  }

  @Property(tries = 1500)
  void adminGet_randomQuery_neverServerError(@ForAll("queries") String pathAndQuery) {
    int status = http.get(pathAndQuery, token).status();
    assertThat(status).as(pathAndQuery).isLessThan(500);
  }

  @Property(tries = 500)
  void getInfo_randomBody_neverServerError(@ForAll("bodies") String body) {
    int status = http.post("/v1.0/myorg/admin/workspaces/getInfo", token, body).status();
    assertThat(status).as(body).isLessThan(500);
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.strings()
                .withChars("'()/ eqandornotany:,$0123456789-TZ%+=")
                .ofMaxLength(40),
            Arbitraries.of(
                "type eq 'Workspace'",
                "(not users/any())",
                "name eq ''''",
                "5000",
                "-1",
                "true",
                "'2026-01-01T00:00:00Z'",
                "users,reports",
                "Activity eq 'ViewReport' and UserId eq 'a@b.c'",
                "contains(name,'a')",
                "substring(name,99999)"));
    Arbitrary<String> pair =
        Combinators.combine(Arbitraries.of(PARAMS), value)
            .as((k, v) -> k + "=" + EmulatorHttp.q(v));
    return Combinators.combine(Arbitraries.of(PATHS), pair.list().ofMaxSize(4))
        .as((path, pairs) -> path + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs)));
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withChars("{}[]\",:workspaces0123456789abcdef-").ofMaxLength(200),
        Arbitraries.integers()
            .between(0, 150)
            .map(
                n -> {
                  StringBuilder b = new StringBuilder("{\"workspaces\":[");
                  for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",")
                        .append("\"")
                        .append(java.util.UUID.randomUUID())
                        .append("\"");
                  }
                  return b.append("]}").toString();
                }));
  }
}
