package dev.pbiadmin.emulator.content;

/** An Excel workbook in a workspace, optionally connected to a dataset. */
public record Workbook(String name, String datasetId) {}
