/**
 * The Power BI and Fabric read-only admin API client. Only the clients, their options and
 * exceptions ({@code dev.pbiadmin.client}) and the contract's records ({@code
 * dev.pbiadmin.client.models}) are API; the transport in {@code client.implementation} is not
 * exported, so it can change without breaking callers.
 */
module dev.pbiadmin.client {
  // TokenCredential is how credentials come in; JsonNode is how models keep raw and unknown fields
  requires transitive com.azure.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive java.net.http;
  requires org.slf4j;

  exports dev.pbiadmin.client;
  exports dev.pbiadmin.client.models;

  // Jackson binds the contract's records and the transport's page envelopes by reflection
  opens dev.pbiadmin.client.models to
      com.fasterxml.jackson.databind;
  opens dev.pbiadmin.client.implementation to
      com.fasterxml.jackson.databind;
}
