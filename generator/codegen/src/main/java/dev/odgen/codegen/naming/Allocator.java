package dev.odgen.codegen.naming;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out identifiers within one scope (the components of one record, the constants of one enum) so that
 * no two are equal: the first wish that is still free wins, else a number is appended to the first wish.
 */
final class Allocator {

  private final Set<String> taken;
  private final String numberSeparator;

  Allocator(Set<String> reserved, String numberSeparator) {
    this.taken = new HashSet<>(reserved);
    this.numberSeparator = numberSeparator;
  }

  /** The first of {@code wishes} not taken yet, else the first wish with 2, 3, ... appended. */
  String allocate(String... wishes) {
    for (String wish : wishes) {
      if (taken.add(wish)) {
        return wish;
      }
    }
    for (int n = 2; ; n++) {
      String numbered = wishes[0] + numberSeparator + n;
      if (taken.add(numbered)) {
        return numbered;
      }
    }
  }
}
