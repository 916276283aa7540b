package dev.odgen.samples.app.demo;

import static dev.odgen.samples.app.records.RecordCopy.with;

import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.Sheet;
import dev.odgen.samples.opendental.entity.SheetField;
import dev.odgen.samples.opendental.entity.SheetFieldType;
import dev.odgen.samples.opendental.entity.SheetTypeEnum;

/** Henrik Larsen's patient registration form, filled in on his first visit, with its fields. */
final class DemoSheets {
  private final OpenDentalDaos daos;
  private final DemoSummary summary;
  private final DemoCalendar calendar;

  DemoSheets(OpenDentalDaos daos, DemoSummary summary, DemoCalendar calendar) {
    this.daos = daos;
    this.summary = summary;
    this.calendar = calendar;
  }

  void insert() {
    long sheet = daos.sheets().insert(with(Sheet.defaults(), "sheetType",
        WireEnumValue.of(SheetTypeEnum.class, "PatientForm"), "patNum", summary.henrikLarsen(),
        "dateTimeSheet", calendar.at(calendar.daysAgo(7), 8, 45), "description", "Registration Form",
        "dateTSheetEdited", calendar.at(calendar.daysAgo(7), 8, 52)));
    field(sheet, "InputField", "FName", "Henrik");
    field(sheet, "InputField", "LName", "Larsen");
    field(sheet, "InputField", "Birthdate", "1988-04-12");
    field(sheet, "CheckBox", "allergiesNone", "X");
  }

  private void field(long sheet, String type, String name, String value) {
    daos.sheetFields().insert(with(SheetField.defaults(), "sheetNum", sheet,
        "fieldType", WireEnumValue.of(SheetFieldType.class, type), "fieldName", name, "fieldValue", value));
  }
}
