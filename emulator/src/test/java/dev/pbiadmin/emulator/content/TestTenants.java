package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.util.List;

/** Shared fixtures for content tests: one small generated tenant, built once. */
public final class TestTenants {
  public static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");
  public static final Principal DEMO_SP =
      Principal.app("11111111-2222-3333-4444-555555555555", "pbiadmin demo app");
  private static ContentSet small;

  private TestTenants() {}

  public static ContentGenerator.Options options(int workspaces, long seed) {
    return new ContentGenerator.Options(workspaces, seed, NOW, "contoso.com", List.of(DEMO_SP));
  }

  public static synchronized ContentSet small() {
    if (small == null) {
      small = ContentGenerator.generate(options(600, 7));
    }
    return small;
  }
}
