package dev.pbiadmin.emulator.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Models "It can take up to 15 minutes for a setting change to take effect": until {@code delay}
 * after a change, Power BI and Fabric still decide with the setting as it was before. {@link
 * SettingStore} records the previous value here before it saves a change. With a zero delay (the
 * default) the current setting always applies.
 */
final class SettingHistory {
  private final Duration delay;
  private final Map<String, Before> previous = new ConcurrentHashMap<>();

  SettingHistory(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("the propagation delay must not be negative: " + delay);
    }
    this.delay = delay;
  }

  Duration delay() {
    return delay;
  }

  /**
   * Call before saving a runtime change to setting {@code name}: remembers the version in effect
   * now (which, after two quick changes, is still the one before the first), so that Power BI keeps
   * deciding with it until the change propagates. Settings never changed at runtime (the seed)
   * apply at once.
   */
  void beforeChange(String name, Optional<TenantSetting> current, Instant now) {
    previous.put(name, new Before(effective(current, name, now)));
  }

  /**
   * The version of {@code current} that is in effect at {@code now}: the previous one while the
   * change is still propagating, or empty when the setting did not exist before.
   */
  Optional<TenantSetting> effective(Optional<TenantSetting> current, String name, Instant now) {
    if (current.isEmpty() || delay.isZero()) {
      return current;
    }
    Instant changedAt = current.get().changedAt();
    if (changedAt == null || !now.isBefore(changedAt.plus(delay))) {
      return current;
    }
    Before before = previous.get(name);
    return before == null ? current : before.setting();
  }

  private record Before(Optional<TenantSetting> setting) {}
}
