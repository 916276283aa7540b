package dev.odgen.runtime.testing;

import dev.odgen.runtime.wire.WireEnum;

/** A generated-style enum: wire names and stored values as the spec gives them. */
public enum Gender implements WireEnum {
  MALE("Male", 0),
  FEMALE("Female", 1),
  UNKNOWN("Unknown", 2),
  OTHER("Other", 3);

  private final String wireName;
  private final int storedValue;

  Gender(String wireName, int storedValue) {
    this.wireName = wireName;
    this.storedValue = storedValue;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  @Override
  public int storedValue() {
    return storedValue;
  }
}
