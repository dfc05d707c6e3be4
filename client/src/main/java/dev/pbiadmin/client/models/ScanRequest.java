package dev.pbiadmin.client.models;

import java.time.Instant;

/**
 * A scan and its state ({@code ScanRequest}). {@code status} is NotStarted, Running, Succeeded or
 * Failed, kept as a string; {@code error} is set when the scan failed.
 */
public record ScanRequest(String id, Instant createdDateTime, String status, ScanError error) {

  /** {@code PowerBIApiErrorResponseDetail}. */
  public record ScanError(String code, String message, String target) {}

  public boolean isSucceeded() {
    return "Succeeded".equalsIgnoreCase(status);
  }

  public boolean isFailed() {
    return "Failed".equalsIgnoreCase(status);
  }

  public boolean isTerminal() {
    return isSucceeded() || isFailed();
  }
}
