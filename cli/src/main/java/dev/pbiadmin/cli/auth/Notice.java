package dev.pbiadmin.cli.auth;

/**
 * Something worth saying about the connection settings that does not stop a command: a delegated
 * sign-in, whitespace removed from a secret. Commands print it on stderr; the doctor reports it.
 *
 * @param code stable machine-readable name, e.g. {@code SecretWhitespaceTrimmed}
 * @param warning whether the doctor shows it as a warning (otherwise as plain evidence)
 * @param message one sentence; never holds a secret
 */
public record Notice(String code, boolean warning, String message) {}
