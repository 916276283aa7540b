/**
 * Tests of the generated Open Dental server on MariaDB, Open Dental's own database: tables shaped the way Open
 * Dental creates them, refusal of incompatible tables, database outages, several servers on one database.
 * Each test class works in a database of its own on 127.0.0.1:3306 and is skipped, with a printed reason,
 * when no MariaDB answers there.
 */
package dev.odgen.samples.mariadb;
