package dev.pbiadmin.client.models;

/** A dataset's upstream dataflow ({@code DependentDataflow}). */
public record DataflowLink(String targetDataflowId, String groupId) {}
