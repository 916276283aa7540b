/**
 * Every name the generated code uses: packages, classes, methods, identifiers and output paths, decided in one
 * place so that emitters written by different people agree with each other.
 */
package dev.odgen.codegen.naming;
