/**
 * The money actions of the Open Dental server: payments and their splits, payment plans, claims, claim payments,
 * claimprocs and the A/R reports. Amounts are {@link java.math.BigDecimal} throughout, rounded to cents only where
 * Open Dental stores them; every allocation adds up to the cent.
 */
package dev.odgen.samples.app.money;
