package dev.odgen.samples.replay;

import java.util.List;

/** What one replayed example got: the request as sent, the status, and how the answer differs from the page. */
record Outcome(DocExample example, MappedRequest request, int status, List<String> problems) {
  boolean asDocumented() {
    return problems.isEmpty();
  }
}
