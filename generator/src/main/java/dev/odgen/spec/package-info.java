/**
 * Loads a spec: {@link dev.odgen.spec.SpecLoader} reads a folder of YAML files (or the bundled Open
 * Dental spec), links it and checks it, and returns the immutable model or throws one
 * {@link dev.odgen.spec.diag.SpecException} with every problem found.
 *
 * <p>The stages live in sub-packages: {@code yaml} (files to raw elements), {@code link} (elements
 * to the model), {@code rules} (checks), {@code model} (the result) and {@code diag} (problems).
 */
package dev.odgen.spec;
