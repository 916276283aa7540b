/** The runnable Open Dental server application built on the generated code: configuration, demo data, actions. */
package dev.odgen.samples.app;
