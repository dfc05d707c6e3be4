package dev.pbiadmin.client.models;

/**
 * One access grant or share ({@code ArtifactAccessEntry}): GetUserArtifactAccessAsAdmin and the
 * widely-shared-artifact reports. {@code sharer} is set for shared links.
 */
public record ArtifactAccessEntry(
    String artifactId,
    String displayName,
    String artifactType,
    String accessRight,
    String shareType,
    Sharer sharer) {

  /** The user who shared ({@code User}). */
  public record Sharer(
      String emailAddress,
      String displayName,
      String identifier,
      String graphId,
      String principalType,
      String userType) {}
}
