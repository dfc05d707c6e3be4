package dev.pbiadmin.cli.activity;

/**
 * One page of activity events as the service sent them.
 *
 * @param eventsJson the {@code activityEventEntities} array, verbatim JSON
 * @param eventCount how many events the array holds
 * @param continuationToken the token for the next page, or null
 * @param lastResultSet the undocumented-in-swagger {@code lastResultSet} flag, or null if absent
 */
record ActivityEventPage(
    String eventsJson, int eventCount, String continuationToken, Boolean lastResultSet) {

  ActivityEventPage {
    if (eventsJson == null || eventsJson.isBlank()) {
      eventsJson = "[]";
    }
    if (continuationToken != null && continuationToken.isBlank()) {
      continuationToken = null;
    }
  }

  /**
   * Whether the chain ends with this page: only the absence of a continuation token ends it.
   * Microsoft's own example ends with {@code "continuationToken":null,"lastResultSet":false}, so
   * the flag is no stop signal, and its maintainers say to follow the chain until no token comes.
   * The page that ends the chain is stored too: it may carry events.
   */
  boolean endsChain() {
    return continuationToken == null;
  }
}
