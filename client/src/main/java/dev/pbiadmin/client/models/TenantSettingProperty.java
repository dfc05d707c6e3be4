package dev.pbiadmin.client.models;

/**
 * A tenant setting property ({@code TenantSettingProperty}). Values are always strings; {@code
 * type} is kept as the service spells it, which is not always the spec's enum ({@code Freetext}).
 */
public record TenantSettingProperty(String name, String value, String type) {}
