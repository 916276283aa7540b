/**
 * The checks run on a linked spec, one small class per family (ids, field keys, derivations,
 * defaults, filters, duplicates, endpoints, Java names, exclusions), each reporting into the shared
 * {@link dev.odgen.spec.diag.Diagnostics}.
 *
 * <p>{@link dev.odgen.spec.rules.JavaIdentifiers} also lives here: the one rule for turning wire
 * names into Java identifiers, shared with the emitters so that what is checked is what is generated.
 */
package dev.odgen.spec.rules;
