package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.util.List;

/** A Power BI app published from a workspace. */
public record App(
    String id,
    String name,
    String description,
    String workspaceId,
    String publishedBy,
    Instant lastUpdate,
    List<Access> users) {

  public App {
    users = List.copyOf(users);
  }
}
