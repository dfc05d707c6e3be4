/**
 * Values the Power BI admin APIs return, as records named after the swagger definitions, with the
 * contract's field names. Service-defined values (types, states, access rights) are strings.
 */
package dev.pbiadmin.client.models;
