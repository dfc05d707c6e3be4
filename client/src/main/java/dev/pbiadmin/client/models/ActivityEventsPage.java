package dev.pbiadmin.client.models;

import java.util.List;

/**
 * One response of GetActivityEvents. A page can be empty yet carry a continuation token; the last
 * page is the one whose {@code continuationToken} is null ({@code lastResultSet} is not reliable).
 */
public record ActivityEventsPage(
    List<ActivityEvent> events, String continuationToken, Boolean lastResultSet) {}
