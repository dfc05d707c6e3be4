package dev.pbiadmin.client.models;

/**
 * A security group a tenant setting names ({@code TenantSettingSecurityGroup}): its Entra object id
 * and name.
 */
public record TenantSettingSecurityGroup(String graphId, String name) {}
