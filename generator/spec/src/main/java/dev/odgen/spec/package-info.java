/**
 * Loads a spec: {@link dev.odgen.spec.SpecLoader} reads the YAML files of a {@link
 * dev.odgen.spec.SpecInput} (a folder or file on disk, or a spec jar's folder on the classpath), links
 * and checks them, and returns the immutable model or throws one {@link
 * dev.odgen.spec.diag.SpecException} with every problem found. Depends on snakeyaml only.
 *
 * <p>The stages live in sub-packages: {@code yaml} (files to raw elements), {@code link} (elements
 * to the model), {@code rules} (checks), {@code model} (the result) and {@code diag} (problems).
 */
package dev.odgen.spec;
