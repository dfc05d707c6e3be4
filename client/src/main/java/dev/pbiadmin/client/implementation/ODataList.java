package dev.pbiadmin.client.implementation;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code {"@odata.context": ..., "value": [...]}} wrapper of list responses (either spelling).
 */
public record ODataList<T>(
    @JsonProperty("@odata.context") @JsonAlias("odata.context") String odataContext,
    List<T> value) {

  public List<T> items() {
    return value == null ? List.of() : value;
  }
}
