package dev.pbiadmin.emulator.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A small pool of refresh schedules that generated models and dataflows share, as a tenant's
 * schedules repeat (daily at 06:00, weekdays twice a day, …); sharing keeps 100,000 workspaces
 * small. Values follow the swagger's {@code RefreshSchedule} and {@code
 * DirectQueryRefreshSchedule}.
 */
final class RefreshSchedules {
  private static final List<String> WEEKDAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
  private static final List<String> EVERY_DAY =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  private static final String[] ZONES = {
    "UTC",
    "UTC",
    "W. Europe Standard Time",
    "GMT Standard Time",
    "Eastern Standard Time",
    "Pacific Standard Time",
    "Tokyo Standard Time"
  };
  private static final int[] FREQUENCIES = {15, 30, 60, 120, 180};

  private final List<RefreshSchedule> schedules = new ArrayList<>();
  private final List<RefreshSchedule.DirectQuery> directQuery = new ArrayList<>();

  RefreshSchedules(Randoms r, int count) {
    for (int i = 0; i < count; i++) {
      List<String> days =
          i % 3 == 0 ? WEEKDAYS : i % 3 == 1 ? EVERY_DAY : List.of(r.pick(EVERY_DAY));
      List<String> times =
          i % 4 == 0
              ? List.of("06:00", "12:30")
              : List.of(String.format("%02d:%s", r.nextInt(24), r.chance(0.5) ? "00" : "30"));
      String zone = r.pick(ZONES);
      schedules.add(
          new RefreshSchedule(
              days,
              times,
              !r.chance(0.1),
              zone,
              r.chance(0.6) ? "MailOnFailure" : "NoNotification"));
      directQuery.add(
          i % 2 == 0
              ? new RefreshSchedule.DirectQuery(
                  FREQUENCIES[i % FREQUENCIES.length], List.of(), List.of(), zone)
              : new RefreshSchedule.DirectQuery(null, days, times, zone));
    }
  }

  RefreshSchedule pick(Randoms r) {
    return schedules.get(r.skewed(schedules.size()));
  }

  RefreshSchedule.DirectQuery pickDirectQuery(Randoms r) {
    return directQuery.get(r.skewed(directQuery.size()));
  }
}
