/**
 * The immutable, linked model of a spec that the emitters read: {@link dev.odgen.spec.model.ApiModel}
 * and the records it is made of.
 *
 * <p>Only the linker builds these. Resources and enums are sorted by name; fields keep their
 * declaration (wire) order. Lookups return {@link java.util.Optional} rather than throwing.
 */
package dev.odgen.spec.model;
