package dev.pbiadmin.emulator.powerbi;

import java.util.regex.Pattern;

/** Checks ids from paths and bodies before anything is looked up. */
final class Ids {
  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Ids() {}

  static boolean isGuid(String value) {
    return value != null && GUID.matcher(value).matches();
  }

  /** The value, if it is a GUID; else 400 naming the parameter. */
  static String guid(String parameter, String value) {
    if (!isGuid(value)) {
      throw PowerBiException.badRequest(
          parameter, parameter + " must be a GUID such as 3740504d-1f93-42f9-8e9d-c8ba9b787a3b");
    }
    return value;
  }
}
