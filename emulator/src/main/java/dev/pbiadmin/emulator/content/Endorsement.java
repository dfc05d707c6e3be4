package dev.pbiadmin.emulator.content;

/**
 * Endorsement and sensitivity label of an item; {@link #NONE} when the item has neither.
 *
 * @param endorsement {@code Promoted}, {@code Certified} or {@code null}
 * @param certifiedBy UPN of the certifier (only for {@code Certified})
 * @param sensitivityLabelId Microsoft Purview label id, or {@code null}
 */
public record Endorsement(String endorsement, String certifiedBy, String sensitivityLabelId) {
  public static final Endorsement NONE = new Endorsement(null, null, null);
}
