package dev.pbiadmin.client.models;

import java.util.List;

/** A capacity ({@code Capacity}); {@code state} e.g. Active, Suspended (kept as a string). */
public record Capacity(
    String id,
    String displayName,
    List<String> admins,
    String sku,
    String state,
    String capacityUserAccessRight,
    String region,
    String tenantKeyId) {}
