package dev.pbiadmin.emulator.content;

/**
 * A lineage link to an item that may live in another workspace ({@code upstreamDataflows}, {@code
 * upstreamDatasets}, {@code upstreamDatamarts}).
 *
 * @param targetId id of the upstream item
 * @param groupId id of the workspace that holds it
 */
public record ItemRef(String targetId, String groupId) {}
