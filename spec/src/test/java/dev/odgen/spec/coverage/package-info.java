/**
 * Checks of the shipped Open Dental spec against the gathered reference facts: every documented resource,
 * endpoint, parameter and field modelled or excluded with a reason, tables and columns as Open Dental
 * defines them, and documented date parameters typed as dates.
 */
package dev.odgen.spec.coverage;
