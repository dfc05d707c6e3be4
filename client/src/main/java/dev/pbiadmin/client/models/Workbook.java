package dev.pbiadmin.client.models;

/** An Excel workbook in a workspace ({@code $expand=workbooks}). */
public record Workbook(String name, String datasetId) {}
