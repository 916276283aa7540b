/** The application's database: the pool, its checks, and the generated DAOs the actions and demo data share. */
package dev.odgen.samples.app.db;
