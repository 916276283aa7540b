/**
 * The replay of Open Dental's documented example requests against the demo server: {@link ReplayRun} sends each
 * example of a set of resources (ids mapped onto demo rows by {@link DemoIds}), {@link ShapeCheck} compares the
 * answer with the documented status and response keys, and each issue's test class names its resources and
 * fails unless every example is answered as documented or listed with a reason in
 * {@code replay/exceptions.txt}.
 */
package dev.odgen.samples.replay;
