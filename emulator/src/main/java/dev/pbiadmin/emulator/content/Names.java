package dev.pbiadmin.emulator.content;

/** Word lists that make generated names look like a real tenant's. */
final class Names {
  static final String[] FIRST = {
    "Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kofi",
    "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara", "Uma", "Victor",
    "Wen", "Yara", "Zoe", "Liam", "Mia", "Noah", "Olga", "Pavel"
  };
  static final String[] LAST = {
    "Adams",
    "Berg",
    "Costa",
    "Dubois",
    "Evans",
    "Fischer",
    "Garcia",
    "Hansen",
    "Ito",
    "Jensen",
    "Kim",
    "Larsen",
    "Moreau",
    "Nakamura",
    "Olsen",
    "Patel",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Varga",
    "Weber",
    "Young",
    "Zhang",
    "Novak",
    "Silva",
    "Khan"
  };
  static final String[] AREA = {
    "Sales",
    "Finance",
    "Marketing",
    "HR",
    "Operations",
    "Supply Chain",
    "Customer Success",
    "Engineering",
    "Procurement",
    "Legal",
    "IT",
    "Risk",
    "Logistics",
    "Manufacturing",
    "Retail",
    "E-commerce",
    "Treasury",
    "Audit",
    "Product",
    "Support"
  };
  static final String[] REGION = {
    "EMEA",
    "APAC",
    "Americas",
    "Nordics",
    "DACH",
    "UK",
    "France",
    "Iberia",
    "Japan",
    "Brazil",
    "Global",
    "North",
    "South",
    "Central"
  };
  static final String[] SUBJECT = {
    "Revenue",
    "Pipeline",
    "Forecast",
    "Headcount",
    "Budget",
    "Inventory",
    "Churn",
    "Margin",
    "Orders",
    "Tickets",
    "Attendance",
    "Invoices",
    "Campaigns",
    "Shipments",
    "Quality",
    "Cash Flow",
    "KPIs",
    "Targets",
    "Returns",
    "Web Traffic"
  };
  static final String[] SUFFIX = {
    "Overview",
    "Dashboard",
    "Report",
    "Analysis",
    "Monthly",
    "Weekly",
    "Daily",
    "Tracker",
    "Deep Dive",
    "Scorecard",
    "Model",
    "Details"
  };

  static final String[] LAYERS = {"bronze", "silver", "gold", "raw", "curated", "landing"};

  private Names() {}

  static String workspace(Randoms r) {
    return r.pick(AREA) + " " + r.pick(REGION) + (r.chance(0.3) ? " - " + r.pick(SUBJECT) : "");
  }

  static String lakehouse(Randoms r) {
    return r.pick(LAYERS)
        + "_"
        + r.pick(SUBJECT).toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
  }

  static String item(Randoms r) {
    return r.pick(SUBJECT) + " " + r.pick(SUFFIX);
  }
}
