/**
 * The Open Dental actions this server carries out for real, written against the generated action interfaces
 * (Patients Simple; Appointments Break, Confirm, Note and Slots; ProcedureLogs InsuranceHistory; AccountModules
 * Aging). The generated handlers have parsed and type-checked every input before these run; what is checked here
 * is what needs the database.
 */
package dev.odgen.samples.app.actions;
