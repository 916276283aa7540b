/**
 * The end-to-end suite of the generated Open Dental server and client: a real server over in-memory H2, or
 * over a database of its own on MariaDB ({@link dev.odgen.samples.e2e.Backend}; the build runs both), called over
 * HTTP for every resource and operation the spec declares, for its errors and for its wire format. The custom
 * filters and derived fields the sample application implements through the generated hooks are tested here too
 * (PatientFiltersTest, PopupFilterTest, CustomFiltersTest, CustomFieldsTest), so their SQL runs on both backends.
 *
 * <p>The suite is driven by the spec model itself ({@link dev.odgen.spec.SpecLoader}), so a resource added to
 * the spec is tested without touching these classes.
 */
package dev.odgen.samples.e2e;
