package dev.pbiadmin.cli.settings;

/**
 * One difference between what was expected of a setting and what it is: a change since the last
 * snapshot ({@code kind} {@code change}: expected is the last snapshot's value) or drift from a
 * baseline ({@code kind} {@code drift}: expected is the baseline's). A value that does not exist is
 * {@code null}.
 *
 * @param where {@code Tenant}, or the capacity, domain or workspace of an override
 * @param aspect what differs: {@code setting} (added or removed), {@code enabled}, {@code
 *     enabledSecurityGroups}, {@code excludedSecurityGroups}, {@code delegateTo…}, {@code
 *     delegatedFrom}, {@code title}, {@code properties.<name>}, or for drift {@code state}
 */
record Finding(
    String kind,
    String settingName,
    String title,
    String where,
    String aspect,
    String expected,
    String actual) {

  static final String CHANGE = "change";
  static final String DRIFT = "drift";
}
