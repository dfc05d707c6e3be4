package dev.pbiadmin.emulator.content;

import java.util.List;

/**
 * A Premium, Fabric or Embedded capacity.
 *
 * @param id capacity id
 * @param displayName name shown in the admin portal
 * @param sku e.g. {@code P1}, {@code F64}, {@code A1}
 * @param state e.g. {@code Active}, {@code Suspended}
 * @param region Azure region name, e.g. {@code West Europe}
 * @param admins UPNs of the capacity admins
 */
public record Capacity(
    String id, String displayName, String sku, String state, String region, List<String> admins) {

  public Capacity {
    admins = List.copyOf(admins);
  }
}
