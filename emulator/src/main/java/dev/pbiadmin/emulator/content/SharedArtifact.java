package dev.pbiadmin.emulator.content;

/**
 * An item shared widely: published to web or shared by a link with the whole organization (the
 * contract's {@code ArtifactAccessEntry}).
 *
 * @param artifactType {@code Report}, {@code Dashboard}, …
 * @param accessRight e.g. {@code Read}
 * @param shareType {@code PublishToWeb} or {@code LinkToOrganization}… as the service spells it
 * @param sharer who shared it
 */
public record SharedArtifact(
    String artifactId,
    String displayName,
    String artifactType,
    String accessRight,
    String shareType,
    Principal sharer) {}
