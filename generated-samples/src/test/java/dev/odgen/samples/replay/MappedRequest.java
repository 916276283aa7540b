package dev.odgen.samples.replay;

/** A documented request after its ids were mapped onto demo rows: what is sent, and which ids were replaced. */
record MappedRequest(String method, String pathAndQuery, String body, String replaced) {}
