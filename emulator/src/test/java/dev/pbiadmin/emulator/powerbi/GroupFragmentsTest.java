package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pbiadmin.emulator.content.ContentGenerator;
import dev.pbiadmin.emulator.content.Principal;
import dev.pbiadmin.emulator.content.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GroupFragmentsTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static List<Workspace> workspaces;

  @BeforeAll
  static void generate() {
    workspaces =
        ContentGenerator.generate(
                new ContentGenerator.Options(
                    120,
                    11,
                    Instant.parse("2026-11-27T00:00:00Z"),
                    "contoso.com",
                    List.of(Principal.app("11111111-2222-3333-4444-555555555555", "demo"))))
            .workspaces();
  }

  @Test
  void of_anyExpandSet_pageBytesIdenticalToDirectRendering() throws IOException {
    GroupFragments fragments = new GroupFragments(FACTORY, 64L << 20);
    List<Set<Expand>> sets =
        List.of(
            EnumSet.noneOf(Expand.class),
            EnumSet.of(Expand.USERS),
            EnumSet.of(
                Expand.USERS, Expand.REPORTS, Expand.DASHBOARDS, Expand.DATASETS, Expand.DATAFLOWS),
            EnumSet.allOf(Expand.class));
    for (Set<Expand> expand : sets) {
      for (int round = 0; round < 2; round++) { // the second round is served from the memo
        String memoized =
            page(
                g -> {
                  for (Workspace w : workspaces) {
                    g.writeRawValue(fragments.of(w, expand));
                  }
                });
        String direct =
            page(
                g -> {
                  for (Workspace w : workspaces) {
                    ContentJson.writeAdminGroup(g, w, expand);
                  }
                });
        assertThat(memoized).as("expand %s, round %d", expand, round).isEqualTo(direct);
      }
    }
  }

  @Test
  void of_sameWorkspaceInstance_reusesFragment() throws IOException {
    GroupFragments fragments = new GroupFragments(FACTORY, 64L << 20);
    Workspace w = workspaces.get(3);
    assertThat(fragments.of(w, EnumSet.of(Expand.USERS)))
        .isSameAs(fragments.of(w, EnumSet.of(Expand.USERS)));
    assertThat(fragments.of(w, EnumSet.of(Expand.USERS)))
        .isNotSameAs(fragments.of(w, EnumSet.of(Expand.REPORTS)));
  }

  @Test
  void of_workspaceChanged_rendersTheNewVersion() throws IOException {
    GroupFragments fragments = new GroupFragments(FACTORY, 64L << 20);
    Workspace w = workspaces.get(5);
    String before = fragments.of(w, EnumSet.of(Expand.USERS)).getValue();
    Workspace deleted = w.withState("Deleted", Instant.parse("2026-11-28T00:00:00Z"));

    String after = fragments.of(deleted, EnumSet.of(Expand.USERS)).getValue();

    assertThat(before).contains("\"state\":\"" + w.state() + "\"");
    assertThat(after)
        .contains("\"state\":\"Deleted\"")
        .isEqualTo(page1(deleted, EnumSet.of(Expand.USERS)));
  }

  @Test
  void of_overBudget_startsOverAndStaysCorrect() throws IOException {
    GroupFragments fragments = new GroupFragments(FACTORY, 4096);
    for (int round = 0; round < 2; round++) {
      for (Workspace w : workspaces) {
        assertThat(fragments.of(w, EnumSet.allOf(Expand.class)).getValue())
            .isEqualTo(page1(w, EnumSet.allOf(Expand.class)));
      }
    }
  }

  private static String page1(Workspace w, Set<Expand> expand) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      ContentJson.writeAdminGroup(g, w, expand);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String page(ODataList.Items items) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("value");
      items.write(g);
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
