package dev.pbiadmin.emulator.content;

/** An item together with the workspace that holds it. */
public record Placed<T>(Workspace workspace, T item) {}
