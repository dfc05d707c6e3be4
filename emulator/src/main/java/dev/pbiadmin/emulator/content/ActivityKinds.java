package dev.pbiadmin.emulator.content;

/**
 * The activities the generator emits, with their share of events and the item they concern. Names
 * are operation names of Microsoft's audit "Operation list".
 */
enum ActivityKinds {
  VIEW_REPORT("ViewReport", 520, Target.REPORT),
  VIEW_DASHBOARD("ViewDashboard", 90, Target.DASHBOARD),
  VIEW_TILE("ViewTile", 60, Target.DASHBOARD),
  REFRESH_DATASET("RefreshDataset", 80, Target.DATASET),
  EXPORT_REPORT("ExportReport", 20, Target.REPORT),
  EXPORT_ARTIFACT("ExportArtifact", 30, Target.REPORT),
  PRINT_REPORT("PrintReport", 5, Target.REPORT),
  ANALYZE_IN_EXCEL("AnalyzeInExcel", 15, Target.DATASET),
  GET_SNAPSHOTS("GetSnapshots", 30, Target.DASHBOARD),
  GENERATE_SCREENSHOT("GenerateScreenshot", 10, Target.REPORT),
  SHARE_REPORT("ShareReport", 10, Target.REPORT),
  SHARE_DASHBOARD("ShareDashboard", 4, Target.DASHBOARD),
  CREATE_REPORT("CreateReport", 10, Target.REPORT),
  EDIT_REPORT("EditReport", 25, Target.REPORT),
  DELETE_REPORT("DeleteReport", 3, Target.REPORT),
  CREATE_DATASET("CreateDataset", 8, Target.DATASET),
  EDIT_DATASET("EditDataset", 10, Target.DATASET),
  DELETE_DATASET("DeleteDataset", 2, Target.DATASET),
  CREATE_DASHBOARD("CreateDashboard", 4, Target.DASHBOARD),
  CREATE_FOLDER("CreateFolder", 2, Target.WORKSPACE),
  UPDATE_FOLDER_ACCESS("UpdateFolderAccess", 6, Target.WORKSPACE),
  VIEW_DATAFLOW("ViewDataflow", 6, Target.DATAFLOW),
  REFRESH_DATAFLOW("RefreshDataflow", 8, Target.DATAFLOW);

  enum Target {
    REPORT,
    DASHBOARD,
    DATASET,
    DATAFLOW,
    WORKSPACE
  }

  final String activity;
  final int weight;
  final Target target;

  ActivityKinds(String activity, int weight, Target target) {
    this.activity = activity;
    this.weight = weight;
    this.target = target;
  }

  private static final ActivityKinds[] BY_TICKET;

  static {
    int total = 0;
    for (ActivityKinds k : values()) {
      total += k.weight;
    }
    BY_TICKET = new ActivityKinds[total];
    int i = 0;
    for (ActivityKinds k : values()) {
      for (int w = 0; w < k.weight; w++) {
        BY_TICKET[i++] = k;
      }
    }
  }

  /** A kind drawn by weight from a uniform ticket number. */
  static ActivityKinds byTicket(int ticket) {
    return BY_TICKET[Math.floorMod(ticket, BY_TICKET.length)];
  }
}
