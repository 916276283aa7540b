/** Shared fixtures of the runtime's tests: wire and auth settings, a sample enum and a fake clock. */
package dev.odgen.runtime.testing;
