package dev.pbiadmin.emulator.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An immutable bag of tenant content: what the generator produces, what the tenant file declares,
 * and what {@link TenantContent} serves.
 *
 * @param principals the population that access lists and activity events draw from
 */
public record ContentSet(
    List<Capacity> capacities,
    List<Workspace> workspaces,
    List<App> apps,
    List<DatasourceInstance> datasources,
    List<SharedArtifact> sharedArtifacts,
    List<Principal> principals) {

  public ContentSet {
    capacities = List.copyOf(capacities);
    workspaces = List.copyOf(workspaces);
    apps = List.copyOf(apps);
    datasources = List.copyOf(datasources);
    sharedArtifacts = List.copyOf(sharedArtifacts);
    principals = List.copyOf(principals);
  }

  public static ContentSet empty() {
    return new ContentSet(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * This content with {@code explicit} laid over it: an explicit item replaces a generated one with
   * the same id (case-insensitive), new ones come after the generated ones, keeping both orders.
   */
  public ContentSet mergedWith(ContentSet explicit) {
    return new ContentSet(
        merge(capacities, explicit.capacities, Capacity::id),
        merge(workspaces, explicit.workspaces, Workspace::id),
        merge(apps, explicit.apps, App::id),
        merge(datasources, explicit.datasources, DatasourceInstance::datasourceId),
        merge(sharedArtifacts, explicit.sharedArtifacts, s -> s.artifactId() + "|" + s.shareType()),
        merge(principals, explicit.principals, Principal::identifier));
  }

  private static <T> List<T> merge(List<T> base, List<T> overlay, Function<T, String> key) {
    Map<String, T> byKey = new LinkedHashMap<>();
    for (T t : base) {
      byKey.put(key.apply(t).toLowerCase(java.util.Locale.ROOT), t);
    }
    for (T t : overlay) {
      byKey.put(key.apply(t).toLowerCase(java.util.Locale.ROOT), t);
    }
    return new ArrayList<>(byKey.values());
  }
}
