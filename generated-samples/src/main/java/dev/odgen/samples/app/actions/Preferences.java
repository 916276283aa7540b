package dev.odgen.samples.app.actions;

import dev.odgen.samples.opendental.dao.PreferenceDao;
import dev.odgen.samples.opendental.dao.PreferenceFilter;
import dev.odgen.samples.opendental.entity.Preference;
import java.util.Optional;

/** Reads the office's preferences (table {@code preference}) by name, as Open Dental stores them: text. */
final class Preferences {
  private final PreferenceDao dao;

  Preferences(PreferenceDao dao) {
    this.dao = dao;
  }

  /** The value of {@code name}; empty when the preference is missing or blank. */
  Optional<String> text(String name) {
    return dao.list(new PreferenceFilter(name), 0, 1).stream()
        .map(Preference::valueString)
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .findFirst();
  }

  /** The value of {@code name} as a key (a DefNum, a ProvNum); empty when missing, blank, 0 or not a number. */
  Optional<Long> key(String name) {
    return text(name).flatMap(v -> {
      try {
        long key = Long.parseLong(v);
        return key > 0 ? Optional.of(key) : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }
}
