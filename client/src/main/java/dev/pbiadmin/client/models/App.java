package dev.pbiadmin.client.models;

import java.time.Instant;

/** An app ({@code AdminApp}). */
public record App(
    String id, String name, String description, Instant lastUpdate, String publishedBy, String workspaceId) {}
