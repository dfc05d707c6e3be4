package dev.pbiadmin.cli.activity;

import java.time.LocalDate;

/**
 * Where pages of {@code Admin_GetActivityEvents} come from. The puller drives the continuation
 * chain itself (rather than iterating a lazy paged iterable) because it must persist every
 * continuation token together with the page it came with, and resume a killed run from the last
 * stored token.
 */
interface ActivityEventSource {

  /** The first page of one UTC day: {@code startDateTime='D T00:00:00.000Z'}, end the same day. */
  ActivityEventPage firstPage(LocalDate day, ActivityFilter filter);

  /**
   * The page a continuation token points at.
   *
   * @throws ContinuationRejectedException when the service no longer accepts the token
   */
  ActivityEventPage nextPage(String continuationToken);
}
