package dev.odgen.samples.app.money;

import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.DefinitionFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PreferenceFilter;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.Definition;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PatientStatus;
import dev.odgen.samples.opendental.entity.Preference;
import java.util.List;
import java.util.Optional;

/**
 * What the money actions look up about the office: patients and their families, definitions of a category and
 * preferences. Unknown keys end the request with 404, keys of the wrong kind with 400, as the API documents.
 */
public final class Office {
  private final OpenDentalDaos daos;

  public Office(OpenDentalDaos daos) {
    this.daos = daos;
  }

  public OpenDentalDaos daos() {
    return daos;
  }

  /** The patient, or 404; a deleted patient is 400. */
  public Patient patient(long patNum) {
    Patient patient = daos.patients().findById(patNum)
        .orElseThrow(() -> new NotFoundException("Patient not found (PatNum " + patNum + ")"));
    if (patient.patStatus() == PatientStatus.DELETED) {
      throw new BadRequestException("PatNum: patient " + patNum + " is deleted", List.of("PatNum"));
    }
    return patient;
  }

  /** The PatNums of the patient's family (those sharing its guarantor), the patient alone without one. */
  public List<Long> family(Patient patient) {
    if (patient.guarantor() == 0) {
      return List.of(patient.patNum());
    }
    var db = daos.db();
    var q = db.dialect();
    return db.query("SELECT " + q.quote("PatNum") + " FROM " + q.quote("patient") + " WHERE " + q.quote("Guarantor")
        + " = ? ORDER BY " + q.quote("PatNum"), List.of(patient.guarantor()), rs -> rs.getLong(1));
  }

  /** The family's guarantor (the patient itself without one). */
  public static long guarantorOf(Patient patient) {
    return patient.guarantor() == 0 ? patient.patNum() : patient.guarantor();
  }

  /** The definitions of {@code category}, hidden ones last, in the table's order. */
  public List<Definition> definitions(DefCat category) {
    return Pages.all((offset, limit) -> daos.definitions().list(new DefinitionFilter(category, null), offset, limit));
  }

  /**
   * {@code defNum} when it is a definition of {@code category}; else 400 naming {@code field}. A null or 0
   * {@code defNum} takes the preference {@code preference} (when given) or the category's first definition.
   */
  public long definitionOr(Long defNum, DefCat category, String field, String preference) {
    if (defNum != null && defNum != 0) {
      boolean ok = daos.definitions().findById(defNum).filter(d -> d.category() == category).isPresent();
      if (!ok) {
        throw new BadRequestException(field + ": " + defNum + " is not a definition of category "
            + category.wireName(), List.of(field));
      }
      return defNum;
    }
    if (preference != null) {
      Optional<Long> preferred = key(preference);
      if (preferred.isPresent()) {
        return preferred.get();
      }
    }
    return definitions(category).stream().filter(d -> !d.isHidden()).map(Definition::defNum).findFirst()
        .orElseThrow(() -> new BadRequestException(field + ": the office has no definition of category "
            + category.wireName(), List.of(field)));
  }

  /** As {@link #definitionOr}, but 0 (none) when the office has no definition of the category at all. */
  public long definitionOrNone(Long defNum, DefCat category, String field) {
    if ((defNum == null || defNum == 0) && definitions(category).stream().allMatch(Definition::isHidden)) {
      return 0;
    }
    return definitionOr(defNum, category, field, null);
  }

  /** The preference's value, stripped; empty when missing or blank. */
  public Optional<String> preference(String name) {
    return daos.preferences().list(new PreferenceFilter(name), 0, 1).stream()
        .map(Preference::valueString).map(String::strip).filter(v -> !v.isEmpty()).findFirst();
  }

  /** True when the preference is "1" or "true". */
  public boolean isOn(String name) {
    return preference(name).map(v -> v.equals("1") || v.equalsIgnoreCase("true")).orElse(false);
  }

  /** The preference as a positive key. */
  public Optional<Long> key(String name) {
    return preference(name).flatMap(v -> {
      try {
        long key = Long.parseLong(v);
        return key > 0 ? Optional.of(key) : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }
}
