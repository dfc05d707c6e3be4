package dev.pbiadmin.emulator.content;

import java.util.List;

/**
 * A scheduled refresh as scan results carry it on semantic models and dataflows, field for field as
 * real consumers read it (scan-result-real-shapes.md §12: {@code days}, {@code times}, {@code
 * enabled}, {@code localTimeZoneId}, {@code notifyOption}; the swagger's own definition spells the
 * last one {@code NotifyOption}). Generated schedules come from a small shared pool.
 *
 * @param days {@code Monday} … {@code Sunday}
 * @param times {@code hh:mm}, minutes {@code 00} or {@code 30}
 * @param localTimeZoneId a Windows time zone id, e.g. {@code UTC}, {@code W. Europe Standard Time}
 * @param notifyOption {@code MailOnFailure} or {@code NoNotification}
 */
public record RefreshSchedule(
    List<String> days,
    List<String> times,
    boolean enabled,
    String localTimeZoneId,
    String notifyOption) {

  public RefreshSchedule {
    days = days == null ? List.of() : List.copyOf(days);
    times = times == null ? List.of() : List.copyOf(times);
  }

  /**
   * The cache refresh of a DirectQuery or live-connection model ({@code
   * directQueryRefreshSchedule}): either a {@code frequency} in minutes (15, 30, 60, 120 or 180) or
   * days and times.
   *
   * @param frequency minutes between refreshes, or {@code null} when days and times are given
   */
  public record DirectQuery(
      Integer frequency, List<String> days, List<String> times, String localTimeZoneId) {
    public DirectQuery {
      days = days == null ? List.of() : List.copyOf(days);
      times = times == null ? List.of() : List.copyOf(times);
    }
  }
}
