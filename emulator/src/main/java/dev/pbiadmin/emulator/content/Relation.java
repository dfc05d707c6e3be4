package dev.pbiadmin.emulator.content;

/**
 * One entry of an item's {@code relations} in a scan result (scan-result-real-shapes.md §7): the
 * item depends on {@code dependentOnArtifactId} in workspace {@code workspaceId}.
 *
 * @param relationType as the service spells it; consumers map {@code Datasource} (reads from),
 *     {@code Association} (a Direct Lake model and its store) and {@code CascadeDelete} (a SQL
 *     analytics endpoint and its lakehouse)
 */
public record Relation(String dependentOnArtifactId, String relationType, String workspaceId) {}
