package dev.pbiadmin.emulator.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.content.ContentGenerator;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentJournalTest {
  private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static TenantContent content() {
    return new TenantContent(
        ContentGenerator.generate(
            new ContentGenerator.Options(3, 42, NOW, "contoso.onmicrosoft.com", List.of())));
  }

  @Test
  void replay_journaledChanges_rebuildTheSameContentOnFreshGeneration(@TempDir Path dir) {
    String id = UUID.randomUUID().toString();
    String existing;
    try (Database db = Database.open(dir)) {
      TenantContent first = content();
      existing = first.workspaces().get(0).id();
      WorkspaceAdmin admin =
          new WorkspaceAdmin(
              first, new ContentJournal(db, first, Clock.fixed(NOW, ZoneOffset.UTC)));
      admin.put(id, Body.parse("{\"name\":\"journaled\"}", JSON));
      admin.delete(existing);
    }
    try (Database db = Database.open(dir)) {
      TenantContent second = content();
      WorkspaceAdmin admin =
          new WorkspaceAdmin(second, new ContentJournal(db, second, Clock.systemUTC()));
      assertThat(admin.replay()).isEqualTo(2);
      assertThat(second.workspace(id).orElseThrow().name()).isEqualTo("journaled");
      assertThat(second.workspace(id).orElseThrow().modifiedAt()).isEqualTo(NOW);
      assertThat(second.workspace(existing).orElseThrow().state()).isEqualTo("Deleted");
    }
  }

  @Test
  void record_rejectedChange_isNeitherAppliedNorJournaled(@TempDir Path dir) {
    try (Database db = Database.open(dir)) {
      TenantContent content = content();
      ContentJournal journal = new ContentJournal(db, content, Clock.fixed(NOW, ZoneOffset.UTC));
      WorkspaceAdmin admin = new WorkspaceAdmin(content, journal);
      assertThatThrownBy(
              () ->
                  admin.put(
                      UUID.randomUUID().toString(),
                      Body.parse("{\"type\":\"Bogus\",\"name\":\"x\"}", JSON)))
          .isInstanceOf(ManagementException.class);
      assertThat(journal.entries()).isEmpty();
      assertThat(content.workspaces()).hasSize(3);
    }
  }

  @Test
  void record_databaseFailsAfterTheChange_restoresThePreviousContent(@TempDir Path dir) {
    Database db = Database.open(dir);
    TenantContent content = content();
    WorkspaceAdmin admin =
        new WorkspaceAdmin(
            content, new ContentJournal(db, content, Clock.fixed(NOW, ZoneOffset.UTC)));
    var before = content.snapshot();
    db.close(); // the insert, after the in-memory change, now fails

    assertThatThrownBy(
            () -> admin.put(UUID.randomUUID().toString(), Body.parse("{\"name\":\"lost\"}", JSON)))
        .isInstanceOf(RuntimeException.class);
    assertThat(content.snapshot()).isSameAs(before);
    assertThat(content.workspaces()).noneMatch(w -> w.name().equals("lost"));
  }
}
