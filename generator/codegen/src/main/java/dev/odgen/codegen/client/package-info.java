/**
 * The typed HTTP client of a spec: a client class per resource with a method per endpoint, a query record
 * per list and a request record per action with many inputs, and the facade that builds them all over one
 * transport ({@code OpenDentalClient.builder()...build().patients().get(48)}).
 */
package dev.odgen.codegen.client;
