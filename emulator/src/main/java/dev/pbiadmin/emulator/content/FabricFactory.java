package dev.pbiadmin.emulator.content;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fills generated workspaces on a capacity with Fabric items, the way a 2026 tenant looks.
 *
 * <p>Proportions are the emulator's choice: the one published per-kind count of a real tenant
 * (scan-result-real-shapes.md §3, 450 workspaces in early 2024: 22 lakehouses, 32 SQL analytics
 * endpoints, 20 notebooks, 9 activators, 8 pipelines, 8 SQL databases, 4 warehouses, 3 KQL
 * databases, 3 eventstreams) is scaled up for two more years of Fabric: about 60% of shared
 * workspaces on a capacity use Fabric, most with a lakehouse or two, each lakehouse with its SQL
 * analytics endpoint, a handful of notebooks reading it, a few pipelines; warehouses, eventhouses,
 * SQL databases, ML and activator items are rarer. Personal workspaces on a capacity now and then
 * hold a notebook. Array keys are the latest spellings real output shows ({@code Reflex}, not
 * {@code reflexproject}; {@code sqldbnative}, the only key real output shows for SQL databases).
 */
final class FabricFactory {
  private final Randoms r;
  private final SchemaTemplates schemas;

  /**
   * Lakehouses of earlier workspaces, which notebooks elsewhere read (shortcuts, shared
   * lakehouses).
   */
  private final List<Relation> lakehouses = new ArrayList<>();

  FabricFactory(Randoms r, SchemaTemplates schemas) {
    this.r = r;
    this.schemas = schemas;
  }

  void personal(ItemBuilder b) {
    if (r.chance(0.25)) {
      for (int i = r.between(1, 2); i > 0; i--) {
        b.fabric(
            r,
            "Notebook",
            "Notebook " + r.between(1, 9),
            b.createdBefore(r),
            readsOtherLakehouse(0.3),
            Endorsement.NONE);
      }
    }
  }

  /**
   * Fabric items of a shared workspace on a capacity; {@code labels} gives endorsements and labels.
   */
  void shared(ItemBuilder b, DatasourcePool sources, Supplier<Endorsement> labels) {
    if (!r.chance(0.6)) {
      return;
    }
    List<FabricItem> stores = new ArrayList<>();
    int lakehouseCount = r.chance(0.85) ? 1 + r.longTail(1, 0.05, 15) : 0;
    for (int i = 0; i < lakehouseCount; i++) {
      String name = Names.lakehouse(r);
      FabricItem lake = b.fabric(r, "Lakehouse", name, b.createdBefore(r), List.of(), labels.get());
      FabricItem endpoint =
          b.fabric(
              r,
              "SQLAnalyticsEndpoint",
              name,
              lake.createdDate(),
              List.of(new Relation(lake.id(), "CascadeDelete", b.workspaceId)),
              labels.get());
      stores.add(lake);
      lakehouses.add(new Relation(lake.id(), "Datasource", b.workspaceId));
      if (r.chance(0.35)) {
        directLake(b, sources, r.chance(0.7) ? lake : endpoint, labels);
      }
    }
    if (r.chance(0.15)) {
      FabricItem warehouse =
          b.fabric(
              r, "warehouses", Names.item(r) + " DW", b.createdBefore(r), List.of(), labels.get());
      stores.add(warehouse);
      if (r.chance(0.3)) {
        directLake(b, sources, warehouse, labels);
      }
    }
    for (int i = r.longTail(3, 0.05, 40); i > 0; i--) {
      List<Relation> reads =
          !stores.isEmpty() && r.chance(0.75)
              ? List.of(readFrom(b, r.pick(stores)))
              : readsOtherLakehouse(0.4);
      b.fabric(r, "Notebook", Names.item(r) + " notebook", b.createdBefore(r), reads, labels.get());
    }
    for (int i = r.chance(0.4) ? r.between(1, 3) : 0; i > 0; i--) {
      List<Relation> writes = stores.isEmpty() ? List.of() : List.of(readFrom(b, r.pick(stores)));
      b.fabric(
          r, "DataPipeline", "Load " + Names.item(r), b.createdBefore(r), writes, labels.get());
    }
    if (r.chance(0.05)) {
      FabricItem db =
          b.fabric(
              r,
              "sqldbnative",
              Names.item(r) + " DB",
              b.createdBefore(r),
              List.of(),
              Endorsement.NONE);
      b.fabric(
          r,
          "SQLAnalyticsEndpoint",
          db.name(),
          db.createdDate(),
          List.of(new Relation(db.id(), "CascadeDelete", b.workspaceId)),
          Endorsement.NONE);
    }
    if (r.chance(0.08)) {
      realTime(b);
    }
    if (r.chance(0.2)) {
      b.fabric(
          r, "Environment", "Spark environment", b.createdBefore(r), List.of(), Endorsement.NONE);
    }
    if (r.chance(0.06)) {
      b.fabric(
          r,
          "MLExperiment",
          Names.item(r) + " experiment",
          b.createdBefore(r),
          List.of(),
          Endorsement.NONE);
      if (r.chance(0.7)) {
        b.fabric(
            r,
            "MLModel",
            Names.item(r) + " model",
            b.createdBefore(r),
            List.of(),
            Endorsement.NONE);
      }
    }
    if (r.chance(0.08)) {
      b.fabric(
          r, "Reflex", Names.item(r) + " alerts", b.createdBefore(r), List.of(), Endorsement.NONE);
    }
    if (r.chance(0.05)) {
      b.fabric(
          r,
          "SparkJobDefinition",
          "Nightly " + Names.item(r),
          b.createdBefore(r),
          List.of(),
          Endorsement.NONE);
    }
  }

  /** An eventhouse with its KQL databases, fed by an eventstream and read by a queryset. */
  private void realTime(ItemBuilder b) {
    FabricItem house =
        b.fabric(
            r,
            "Eventhouse",
            Names.item(r) + " events",
            b.createdBefore(r),
            List.of(),
            Endorsement.NONE);
    for (int i = r.between(1, 2); i > 0; i--) {
      // a KQL database lives and dies with its eventhouse; the relation type is the emulator's
      // reading
      FabricItem db =
          b.fabric(
              r,
              "KQLDatabase",
              house.name() + (i == 1 ? "" : " " + i),
              house.createdDate(),
              List.of(new Relation(house.id(), "CascadeDelete", b.workspaceId)),
              Endorsement.NONE);
      if (r.chance(0.6)) {
        b.fabric(
            r,
            "Eventstream",
            Names.item(r) + " stream",
            b.createdBefore(r),
            List.of(readFrom(b, db)),
            Endorsement.NONE);
      }
      if (r.chance(0.5)) {
        b.fabric(
            r,
            "KQLQueryset",
            Names.item(r) + " queries",
            b.createdBefore(r),
            List.of(readFrom(b, db)),
            Endorsement.NONE);
      }
    }
  }

  private void directLake(
      ItemBuilder b, DatasourcePool sources, FabricItem store, Supplier<Endorsement> labels) {
    Dataset model =
        b.directLakeDataset(
            r, schemas.pickDirectLake(r), store.name() + " model", store, labels.get());
    if (r.chance(0.6)) {
      b.report(r, model.id(), null, sources, labels.get());
    }
  }

  private List<Relation> readsOtherLakehouse(double p) {
    return !lakehouses.isEmpty() && r.chance(p)
        ? List.of(lakehouses.get(r.skewed(lakehouses.size())))
        : List.of();
  }

  private static Relation readFrom(ItemBuilder b, FabricItem item) {
    return new Relation(item.id(), "Datasource", b.workspaceId);
  }
}
