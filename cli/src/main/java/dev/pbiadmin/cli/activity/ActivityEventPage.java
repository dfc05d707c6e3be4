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
   * Whether the chain ends with this page. Microsoft documents both signals and its own example
   * ends with {@code "continuationToken":null,"lastResultSet":false}, so either one ends the chain.
   */
  boolean endsChain() {
    return continuationToken == null || Boolean.TRUE.equals(lastResultSet);
  }
}
