package dev.pbiadmin.cli.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * What one run will do.
 *
 * @param fetch the days to pull, oldest first
 * @param alreadyComplete requested days that are complete in the store and are skipped
 * @param beyondRetention requested days no event of which is retained any more
 * @param warnings sentences for the operator
 */
record DayPlan(
    List<LocalDate> fetch,
    List<LocalDate> alreadyComplete,
    List<LocalDate> beyondRetention,
    List<String> warnings) {

  DayPlan {
    fetch = List.copyOf(fetch);
    alreadyComplete = List.copyOf(alreadyComplete);
    beyondRetention = List.copyOf(beyondRetention);
    warnings = List.copyOf(warnings);
  }
}
