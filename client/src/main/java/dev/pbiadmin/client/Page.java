package dev.pbiadmin.client;

import java.util.List;

/**
 * One response's worth of a list. {@code continuationToken} is what fetches the next page (a
 * service continuation token, or the next {@code $skip} for offset-paged lists); null on the last.
 */
public record Page<T>(List<T> items, String continuationToken) {
  public Page {
    items = List.copyOf(items);
  }
}
