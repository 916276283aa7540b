/** Tests of the project as a whole (its layout and conventions), not of one package. */
package dev.odgen;
