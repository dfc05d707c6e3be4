package dev.pbiadmin.emulator.content;

import java.util.List;

/** A dashboard and its tiles. */
public record Dashboard(
    String id,
    String displayName,
    boolean isReadOnly,
    String appId,
    String dataClassification,
    String sensitivityLabelId,
    List<Tile> tiles,
    List<Access> users) {

  public Dashboard {
    tiles = List.copyOf(tiles);
    users = List.copyOf(users);
  }

  /**
   * A tile pinned from a report or a dataset (Q&A); both ids are {@code null} for text and image
   * tiles. {@code datasetWorkspaceId} is set when the dataset lives in another workspace.
   */
  public record Tile(
      String id,
      String title,
      String reportId,
      String datasetId,
      String datasetWorkspaceId,
      int rowSpan,
      int colSpan) {}
}
