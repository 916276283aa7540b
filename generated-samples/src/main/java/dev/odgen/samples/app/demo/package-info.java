/**
 * The demo practice: a small, deterministic data set (providers, operatories, definitions, procedure codes and
 * fees, insurance, families with appointments, procedures, claims, payments and adjustments, open schedules)
 * inserted through the generated DAOs into an empty database, with dates relative to the server's today.
 */
package dev.odgen.samples.app.demo;
