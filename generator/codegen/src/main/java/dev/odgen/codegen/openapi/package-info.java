/**
 * The OpenAPI 3.1 document of a spec (kind {@code openapi}): every path and operation, parameters, bodies,
 * responses, one schema per entity, body, model and enum in the spec's wire forms, the security scheme, and
 * {@code x-odgen-*} extensions for what OpenAPI cannot say (types, tables, columns, versions, derivations), so
 * that an importer can rebuild the spec from the document alone.
 *
 * <p>The document is built as a Jackson tree in a fixed order and written as JSON and as YAML from that one
 * tree, so both are byte-identical for the same spec.
 */
package dev.odgen.codegen.openapi;
