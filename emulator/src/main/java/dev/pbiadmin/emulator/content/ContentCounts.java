package dev.pbiadmin.emulator.content;

import java.util.Map;

/**
 * Ground truth: how many of each kind the tenant holds, for tests that compare extracted row
 * counts. Items count once each, wherever they are (deleted workspaces included). An app's copy of
 * a report is a report of its own (it has its own id), so it counts in {@code reports} too.
 *
 * <p>The counts of what a scan result carries only on request assume the request asked for it:
 * access lists need {@code getArtifactUsers=true}; relations, data source usages and tiles need
 * {@code lineage=true}; columns need {@code datasetSchema=true} (and the detailed-metadata tenant
 * setting). Nothing else is gated.
 *
 * @param workspacesByType workspace count per {@code type}
 * @param workspacesByState workspace count per {@code state}
 * @param orphanedWorkspaces workspaces without an Admin user
 * @param workspaceUsers access entries on workspaces
 * @param fabricItems Fabric items: the elements of every item array of a workspace other than
 *     {@code reports}, {@code dashboards}, {@code datasets}, {@code dataflows}, {@code datamarts}
 *     and {@code users}
 * @param fabricItemsByKey Fabric items per item-array key, spelt exactly as the scan result spells
 *     it ({@code Lakehouse}, {@code warehouses}, {@code SQLAnalyticsEndpoint}, …)
 * @param fabricItemUsers the elements of the Fabric items' {@code users} arrays
 * @param fabricItemRelations the elements of the Fabric items' {@code relations} arrays
 * @param datasetRelations the elements of the semantic models' {@code relations} arrays (a Direct
 *     Lake model and its lakehouse, warehouse or SQL analytics endpoint)
 * @param datasetRefreshSchedules semantic models with a {@code refreshSchedule}
 * @param directQueryRefreshSchedules semantic models with a {@code directQueryRefreshSchedule}
 * @param dataflowRefreshSchedules dataflows with a {@code refreshSchedule}
 * @param appReports reports that are an app's copy, carrying {@code appId} and {@code
 *     originalReportObjectId} (also counted in {@code reports})
 * @param paginatedReports reports with {@code reportType} {@code PaginatedReport}, app copies
 *     included
 * @param paginatedReportDatasourceUsages the elements of the paginated reports' {@code
 *     datasourceUsages} arrays, app copies included
 * @param calculatedColumns columns with {@code columnType} {@code Calculated}, counted per semantic
 *     model that has them (their DAX {@code expression} is written only with {@code
 *     datasetExpressions=true})
 */
public record ContentCounts(
    int capacities,
    int workspaces,
    Map<String, Integer> workspacesByType,
    Map<String, Integer> workspacesByState,
    int orphanedWorkspaces,
    int workspaceUsers,
    int reports,
    int dashboards,
    int tiles,
    int datasets,
    int dataflows,
    int datamarts,
    int workbooks,
    int apps,
    int datasources,
    int fabricItems,
    Map<String, Integer> fabricItemsByKey,
    int fabricItemUsers,
    int fabricItemRelations,
    int datasetRelations,
    int datasetRefreshSchedules,
    int directQueryRefreshSchedules,
    int dataflowRefreshSchedules,
    int appReports,
    int paginatedReports,
    int paginatedReportDatasourceUsages,
    int calculatedColumns) {

  public ContentCounts {
    workspacesByType = Map.copyOf(workspacesByType);
    workspacesByState = Map.copyOf(workspacesByState);
    fabricItemsByKey = Map.copyOf(fabricItemsByKey);
  }
}
