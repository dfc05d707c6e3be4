package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Generates a realistic tenant ({@code --demo-workspaces N --seed S}): about 60% personal
 * workspaces, a long tail of workspace sizes, datasets shared by reports in other workspaces,
 * dataflow chains, data sources of many kinds shared between items, endorsements, labels, a few
 * deleted, removing and orphaned workspaces. The same options always give the same content, item
 * for item; 100,000 workspaces take a few seconds on one core.
 */
public final class ContentGenerator {

  /**
   * What to generate.
   *
   * @param workspaces how many workspaces (0 or more)
   * @param seed the random seed; same seed and count, same tenant
   * @param now the emulator's current time; modification times spread over the 60 days before it
   * @param domain the tenant's primary domain, for generated UPNs
   * @param knownPrincipals principals of the directory (the demo service principal, admins) that
   *     get roles in a few shared workspaces, so non-admin {@code GET /groups} returns something
   */
  public record Options(
      int workspaces, long seed, Instant now, String domain, List<Principal> knownPrincipals) {
    public Options {
      if (workspaces < 0) {
        throw new IllegalArgumentException(
            "the number of demo workspaces cannot be negative, got " + workspaces);
      }
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(domain, "domain");
      knownPrincipals = List.copyOf(knownPrincipals);
    }
  }

  private ContentGenerator() {}

  /** Generates the content described by {@code options}. */
  public static ContentSet generate(Options options) {
    int n = options.workspaces();
    Randoms r = new Randoms(options.seed());
    Population people =
        new Population(
            r,
            (int) (n * 0.65) + 20,
            n / 50 + 5,
            n / 200 + 3,
            options.domain(),
            options.knownPrincipals());
    DatasourcePool sources = new DatasourcePool(r, Math.max(12, n / 25), options.domain());
    SchemaTemplates schemas = new SchemaTemplates(r, 40);
    List<Capacity> capacities = capacities(r, Math.max(2, Math.min(25, n / 3000)), people);
    WorkspaceFactory factory =
        new WorkspaceFactory(r, options.now(), people, sources, schemas, capacities);
    List<Workspace> workspaces = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      workspaces.add(factory.next());
    }
    return new ContentSet(
        capacities, workspaces, factory.apps, sources.all, factory.shared, people.all);
  }

  private static List<Capacity> capacities(Randoms r, int count, Population people) {
    String[] skus = {"P1", "F64", "A1", "P2", "F8", "EM2", "P3", "F2"};
    String[] regions = {
      "West Europe", "North Europe", "East US", "West US 2", "Southeast Asia", "UK South"
    };
    List<Capacity> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String sku = skus[i % skus.length];
      String state = i == 3 ? "Suspended" : "Active";
      List<String> admins = new ArrayList<>();
      admins.add(people.users.get(r.nextInt(Math.min(50, people.users.size()))).identifier());
      if (r.chance(0.5)) {
        admins.add(people.users.get(r.nextInt(people.users.size())).identifier());
      }
      list.add(
          new Capacity(
              r.guid(),
              sku + " " + r.pick(Names.AREA) + " " + (i + 1),
              sku,
              state,
              r.pick(regions),
              admins));
    }
    return list;
  }
}
