package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.DefinitionDao;
import dev.odgen.samples.opendental.dao.DefinitionFilter;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.Definition;
import java.util.Comparator;
import java.util.Map;

/**
 * Turns the input of {@code PUT /appointments/{AptNum}/Confirm} into a definition of category ApptConfirmed:
 * either the DefNum given, or the definition the office chose for a {@code confirmVal} (eConfirmation
 * preferences; "None" is the category's first visible definition, the status new appointments get).
 */
final class ConfirmationStatuses {
  /** The preference that holds the DefNum of each confirmVal but "None". */
  private static final Map<String, String> PREFERENCE_OF_VALUE = Map.of(
      "Sent", "ApptEConfirmStatusSent",
      "Confirmed", "ApptEConfirmStatusAccepted",
      "Not Accepted", "ApptEConfirmStatusDeclined",
      "Failed", "ApptEConfirmStatusSendFailed");

  private final DefinitionDao definitions;
  private final Preferences preferences;

  ConfirmationStatuses(DefinitionDao definitions, Preferences preferences) {
    this.definitions = definitions;
    this.preferences = preferences;
  }

  /**
   * The DefNum to store in {@code appointment.Confirmed}.
   *
   * @throws BadRequestException when both or neither input is given, the definition is not an ApptConfirmed one,
   *     or the office has no definition for the value
   */
  long resolve(String confirmVal, Long defNum) {
    if ((confirmVal == null) == (defNum == null)) {
      throw new BadRequestException("confirmVal, defNum: give exactly one of them");
    }
    if (defNum != null) {
      Definition definition = definitions.findById(defNum).orElseThrow(() -> new BadRequestException(
          "defNum: definition " + defNum + " does not exist"));
      if (definition.category() != DefCat.APPT_CONFIRMED) {
        throw new BadRequestException("defNum: definition " + defNum + " is in category "
            + definition.category().wireName() + ", not ApptConfirmed (2)");
      }
      return defNum;
    }
    if (confirmVal.equals("None")) {
      return Pages.all((offset, limit) -> definitions.list(new DefinitionFilter(DefCat.APPT_CONFIRMED, null),
              offset, limit)).stream()
          .filter(d -> !d.isHidden())
          .min(Comparator.comparingLong(Definition::defNum))
          .map(Definition::defNum)
          .orElseThrow(() -> new BadRequestException(
              "confirmVal: the office has no definitions of category ApptConfirmed (2)"));
    }
    String preference = PREFERENCE_OF_VALUE.get(confirmVal);
    return preferences.key(preference).orElseThrow(() -> new BadRequestException(
        "confirmVal: the office has not chosen a status for '" + confirmVal + "' (preference " + preference + ")"));
  }
}
