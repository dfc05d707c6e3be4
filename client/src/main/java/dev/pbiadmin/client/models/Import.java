package dev.pbiadmin.client.models;

import java.time.Instant;

/** An import ({@code Import}); {@code importState} e.g. Succeeded, Publishing, Failed. */
public record Import(
    String id, String name, String importState, Instant createdDateTime, Instant updatedDateTime) {}
