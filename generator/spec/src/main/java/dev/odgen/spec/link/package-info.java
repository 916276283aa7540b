/**
 * Links the raw elements of all spec files into the immutable {@link dev.odgen.spec.model.ApiModel}:
 * resolves names, applies defaults, and works out what the spec leaves implicit (standard paths,
 * whether a field is required on create, updatable or read-only, the types of path parameters).
 *
 * <p>Names that do not resolve are reported with a "did you mean" and replaced by a stand-in so that
 * linking goes on; the checks that need a linked model live in {@code dev.odgen.spec.rules}.
 */
package dev.odgen.spec.link;
