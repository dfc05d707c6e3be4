package dev.pbiadmin.client;

import java.util.List;

/**
 * The credential could not obtain a token from Microsoft Entra ID. {@link #aadstsCodes()} lists the
 * AADSTS error codes Entra reported (e.g. 7000215 for a wrong client secret), when visible.
 */
public final class AuthenticationFailedException extends PowerBiException {
  private static final long serialVersionUID = 1L;

  private final List<Integer> aadstsCodes;

  public AuthenticationFailedException(String message, List<Integer> aadstsCodes, Throwable cause) {
    super(
        message,
        0,
        aadstsCodes.isEmpty() ? null : "AADSTS" + aadstsCodes.get(0),
        null,
        null,
        null,
        cause);
    this.aadstsCodes = List.copyOf(aadstsCodes);
  }

  public List<Integer> aadstsCodes() {
    return aadstsCodes;
  }
}
