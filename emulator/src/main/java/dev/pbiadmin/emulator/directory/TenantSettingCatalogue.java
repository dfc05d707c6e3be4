package dev.pbiadmin.emulator.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The real Fabric tenant-settings catalogue (names, titles, portal groups, whether groups can be
 * specified, which delegation keys exist, documented defaults, properties), read from {@code
 * tenant-settings.tsv} beside this class, which copies docs/reference/tenant-settings-catalogue.md
 * §7. Treated as data, never as an enum: a tenant may hold settings the catalogue does not know.
 */
public final class TenantSettingCatalogue {
  private static final TenantSettingCatalogue INSTANCE = load();

  private final Map<String, TenantSetting> defaults;

  private TenantSettingCatalogue(Map<String, TenantSetting> defaults) {
    this.defaults = Collections.unmodifiableMap(defaults);
  }

  public static TenantSettingCatalogue get() {
    return INSTANCE;
  }

  /** Every setting as a fresh tenant has it, in the catalogue's order. */
  public List<TenantSetting> defaults() {
    return List.copyOf(defaults.values());
  }

  /** The default of one setting, by name (case-insensitive). */
  public Optional<TenantSetting> find(String settingName) {
    return settingName == null
        ? Optional.empty()
        : Optional.ofNullable(defaults.get(settingName.toLowerCase(Locale.ROOT)));
  }

  /** The portal title of a setting, or its name when the catalogue does not know it. */
  public String titleOf(String settingName) {
    return find(settingName).map(s -> s.title().strip()).orElse(settingName);
  }

  private static TenantSettingCatalogue load() {
    Map<String, TenantSetting> settings = new LinkedHashMap<>();
    try (InputStream in = TenantSettingCatalogue.class.getResourceAsStream("tenant-settings.tsv")) {
      if (in == null) {
        throw new IllegalStateException(
            "tenant-settings.tsv is missing from the emulator's resources");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        TenantSetting s = parse(line.split("\t", -1), number);
        settings.put(s.settingName().toLowerCase(Locale.ROOT), s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tenant-settings.tsv", e);
    }
    return new TenantSettingCatalogue(settings);
  }

  private static TenantSetting parse(String[] cells, int line) {
    if (cells.length != 7) {
      throw new IllegalStateException(
          "tenant-settings.tsv line " + line + " has " + cells.length + " columns, not 7");
    }
    Boolean capacity = null;
    Boolean domain = null;
    Boolean workspace = null;
    for (String key : cells[4].split(" ")) {
      if (key.isEmpty()) {
        continue;
      }
      boolean value = key.charAt(1) == '+';
      switch (key.charAt(0)) {
        case 'C' -> capacity = value;
        case 'D' -> domain = value;
        case 'W' -> workspace = value;
        default ->
            throw new IllegalStateException(
                "tenant-settings.tsv line " + line + ": bad delegation " + key);
      }
    }
    List<TenantSetting.Property> properties = new ArrayList<>();
    for (String p : cells[6].split(";")) {
      if (p.isEmpty()) {
        continue;
      }
      int colon = p.indexOf(':');
      int equals = p.indexOf('=');
      properties.add(
          new TenantSetting.Property(
              p.substring(0, colon), p.substring(equals + 1), p.substring(colon + 1, equals)));
    }
    return new TenantSetting(
        cells[0],
        cells[1],
        "on".equals(cells[5]),
        List.of(),
        List.of(),
        null,
        cells[2],
        "Y".equals(cells[3]),
        capacity,
        domain,
        workspace,
        properties);
  }
}
