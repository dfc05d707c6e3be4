package dev.pbiadmin.client;

/**
 * Options of {@code Groups_GetGroupsAsAdmin}. {@code pageSize} is the {@code $top} of each request
 * (1-5000, default 5000: fewest calls against the 50-per-hour budget); {@code filter} and {@code
 * expand} are passed as {@code $filter} and {@code $expand}.
 */
public record ListGroupsOptions(int pageSize, String filter, String expand) {
  public static final int MAX_PAGE_SIZE = 5000;

  public ListGroupsOptions {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize ($top) must be 1-5000, got " + pageSize);
    }
  }

  public static ListGroupsOptions defaults() {
    return new ListGroupsOptions(MAX_PAGE_SIZE, null, null);
  }

  public ListGroupsOptions withPageSize(int n) {
    return new ListGroupsOptions(n, filter, expand);
  }

  public ListGroupsOptions withFilter(String f) {
    return new ListGroupsOptions(pageSize, f, expand);
  }

  public ListGroupsOptions withExpand(String e) {
    return new ListGroupsOptions(pageSize, filter, e);
  }
}
