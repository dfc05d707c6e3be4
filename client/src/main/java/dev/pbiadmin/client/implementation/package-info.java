/**
 * Internals of the client (transport, budgets, token cache, JSON). Public only so the client
 * package can reach them; not an API, may change without notice.
 */
package dev.pbiadmin.client.implementation;
