package dev.pbiadmin.emulator.content;

/**
 * One entry of an access list: a principal and its right. The right's JSON field name depends on
 * where the list hangs ({@code groupUserAccessRight} on a workspace, {@code reportUserAccessRight}
 * on a report, …), so only the value is stored here.
 *
 * @param principal who holds the right
 * @param right the service's value, e.g. {@code Admin}, {@code Member}, {@code ReadWrite}
 */
public record Access(Principal principal, String right) {}
