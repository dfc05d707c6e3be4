package dev.pbiadmin.client.models;

/** A dashboard tile ({@code AdminTile}). */
public record Tile(
    String id,
    String title,
    String reportId,
    String datasetId,
    Integer rowSpan,
    Integer colSpan,
    String embedUrl,
    String embedData) {}
