/**
 * A Java client for the Power BI read-only admin REST APIs, called as a service principal.
 *
 * <p>Start with {@link dev.pbiadmin.client.PowerBiAdminClientBuilder}: give it an azure-core {@code
 * TokenCredential} (azure-identity's client secret or certificate credential) and, for a sovereign
 * cloud or the local emulator, a {@link dev.pbiadmin.client.PowerBiCloud} or endpoint. Every
 * request goes one way: request id and user agent, the operation's rate budget, retries on
 * 429/5xx/connection faults honouring {@code Retry-After}, the bearer token (refreshed once when
 * the service says it expired), then logging that never includes tokens or secrets. Failures are
 * {@link dev.pbiadmin.client.PowerBiException}s.
 */
package dev.pbiadmin.client;
