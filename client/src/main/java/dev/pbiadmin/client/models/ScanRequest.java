package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * A scan and its state ({@code ScanRequest}). {@code status} is NotStarted, Running, Succeeded or
 * Failed, kept as a string; {@code error} is set when the scan failed.
 */
public record ScanRequest(
    String id,
    Instant createdDateTime,
    String status,
    ScanError error,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public ScanRequest {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }

  public ScanRequest(String id, Instant createdDateTime, String status, ScanError error) {
    this(id, createdDateTime, status, error, Map.of());
  }

  /** {@code PowerBIApiErrorResponseDetail}. */
  public record ScanError(
      String code,
      String message,
      String target,
      @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
    public ScanError {
      additionalProperties = AdditionalProperties.copy(additionalProperties);
    }
  }

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
