/**
 * The data types of the generated code: an immutable record per resource with explicit JSON mapping, its
 * partial-update form, a record per model and a Java enum per spec enum. Server and client share them.
 */
package dev.odgen.codegen.entity;
