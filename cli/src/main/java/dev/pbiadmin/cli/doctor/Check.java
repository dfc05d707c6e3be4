package dev.pbiadmin.cli.doctor;

/**
 * One step of the doctor. Checks run in a fixed order and may read what earlier checks found
 * through the {@link DoctorContext}; they reason only from what a client can observe (statuses,
 * bodies, headers, token claims), never from anything only an emulator knows.
 */
interface Check {

  /** Stable identifier used in JSON output and tests, e.g. {@code token}. */
  String id();

  /** Short human title, e.g. "Token acquisition". */
  String title();

  CheckResult run(DoctorContext context);
}
