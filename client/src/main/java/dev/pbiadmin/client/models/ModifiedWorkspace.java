package dev.pbiadmin.client.models;

/** A workspace id from GetModifiedWorkspaces. */
public record ModifiedWorkspace(String id) {}
