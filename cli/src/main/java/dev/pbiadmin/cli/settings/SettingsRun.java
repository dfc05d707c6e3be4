package dev.pbiadmin.cli.settings;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * One {@code pbiadmin settings} run after the snapshot is taken: compare it with the last stored
 * one, check it against the baseline, and store all three together.
 *
 * @param first whether there was no earlier snapshot to compare with (then nothing counts as
 *     changed)
 */
record SettingsRun(
    Snapshot snapshot,
    boolean first,
    List<Finding> changes,
    Optional<Baseline> baseline,
    List<Finding> drift,
    int snapshotId) {

  static SettingsRun record(SettingsStore store, Snapshot snapshot, Optional<Baseline> baseline)
      throws SQLException {
    Optional<Snapshot> previous = store.last();
    List<Finding> changes = previous.map(p -> SnapshotDiff.between(p, snapshot)).orElse(List.of());
    List<Finding> drift = baseline.map(b -> Drift.of(b, snapshot)).orElse(List.of());
    int id =
        store.save(
            snapshot,
            previous.map(Snapshot::takenAt),
            changes,
            baseline.map(b -> b.file().toString()).orElse(null),
            drift);
    return new SettingsRun(snapshot, previous.isEmpty(), changes, baseline, drift, id);
  }
}
