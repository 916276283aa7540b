/**
 * What the spec only describes, written against the generated {@code *Hooks} interfaces: the list filters the
 * spec marks {@code match: custom} (the Patient Select search, hidden and CEMT rows left out unless asked for, a
 * patient's popups with the family's, ...) and the derived fields it marks {@code custom} (a referral's display
 * name, a user's provider name, a payment plan's principal). One class per resource; {@link ApplicationHooks}
 * hands them to the server builder and to the application's own DAOs. Filters add conditions to a
 * {@code Where} over the resource's own table (unqualified columns); lookups in other tables go through
 * {@code IN (SELECT ...)} subqueries, which H2 and MariaDB both run. Hooks the database cannot back (columns and
 * tables the generated schema lacks) are left to the generated defaults: 400 for the filter, no field.
 */
package dev.odgen.samples.app.hooks;
