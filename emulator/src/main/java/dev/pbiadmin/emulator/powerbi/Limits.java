package dev.pbiadmin.emulator.powerbi;

/**
 * The quotas an operation's swagger <em>Limitations</em> text states. Zero means "not stated".
 *
 * @param perHour requests per hour, per tenant
 * @param perMinute requests per minute, per tenant
 * @param simultaneous requests (scans) in flight at once
 */
public record Limits(int perHour, int perMinute, int simultaneous) {

  public static final Limits NONE = new Limits(0, 0, 0);

  static Limits hourly(int perHour) {
    return new Limits(perHour, 0, 0);
  }

  public boolean isNone() {
    return perHour == 0 && perMinute == 0 && simultaneous == 0;
  }
}
