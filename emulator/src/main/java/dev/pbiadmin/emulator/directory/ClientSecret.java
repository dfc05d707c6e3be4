package dev.pbiadmin.emulator.directory;

import java.time.Instant;

/**
 * A client secret of an app registration. The value itself is never stored.
 *
 * @param id the secret's key id (shown in the portal as "Secret ID")
 * @param hint the first three characters of the value, as the portal shows them
 * @param hash salted hash of the value, in the format of the store's secret hasher
 * @param expiresAt when the secret stops working, or {@code null} for never
 */
public record ClientSecret(String id, String hint, String hash, Instant expiresAt) {}
