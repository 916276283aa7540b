package dev.odgen.codegen.testing;

import static dev.odgen.codegen.testing.Specs.at;
import static dev.odgen.codegen.testing.Specs.body;
import static dev.odgen.codegen.testing.Specs.column;
import static dev.odgen.codegen.testing.Specs.derived;
import static dev.odgen.codegen.testing.Specs.enumType;
import static dev.odgen.codegen.testing.Specs.filter;
import static dev.odgen.codegen.testing.Specs.model;
import static dev.odgen.codegen.testing.Specs.property;
import static dev.odgen.codegen.testing.Specs.ref;
import static dev.odgen.codegen.testing.Specs.string;
import static dev.odgen.codegen.testing.Specs.type;

import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiInfo;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.MatchKind;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.ResponseKind;
import dev.odgen.spec.model.ResponseShape;
import java.util.List;
import java.util.Optional;

/**
 * A small API built in Java: every field type, a reference with a derived lookup, every filter kind, create
 * and update bodies, an action with a model response, and enums with spaces and wide stored values.
 */
public final class SampleModels {

  private SampleModels() {}

  public static ApiModel clinic() {
    ApiInfo api = new ApiInfo("ClinicBook", "Clinic Book API", "1.0", "/api/v1", "com.example.clinic",
        new ApiInfo.Auth("Authorization", "ODFHIR", List.of("developerKey", "customerKey"), "/"),
        new ApiInfo.WireFormat(true, "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "HH:mm:ss", "0001-01-01",
            Optional.of("DateFormatString"), Optional.of("DateTimeFormatString")),
        new ApiInfo.Paging("Offset", "Limit", 100, 100), Optional.of("serverDateTime"),
        List.of(new ApiInfo.BaseUrl("local", "http://localhost:30222/api/v1")),
        new ApiInfo.Throttling("customerKey", List.of(new ApiInfo.Throttling.Preset("standard", 1000))));
    return new ApiModel(api, List.of(patients(), providers()), enums(), List.of());
  }

  private static List<EnumType> enums() {
    return List.of(
        new EnumType("Flags", List.of(new EnumMember("None", 0), new EnumMember("Urgent", 1),
            new EnumMember("Archived", 256)), Optional.empty(), "flag values beyond a tinyint", at("spec/enums.yaml")),
        new EnumType("PatientGender", List.of(new EnumMember("Male", 0), new EnumMember("Female", 1),
            new EnumMember("Not Given", 2)), Optional.of("Not Given"), "", at("spec/enums.yaml")),
        new EnumType("PatientStatus", List.of(new EnumMember("Patient", 0), new EnumMember("NonPatient", 1),
            new EnumMember("Inactive", 2)), Optional.empty(), "stored by name", at("spec/enums.yaml")));
  }

  private static Resource providers() {
    String file = "spec/providers.yaml";
    return new Resource("Providers", "Provider", "/providers", Optional.of("provider"), Optional.of("ProvNum"),
        List.of(column("ProvNum", type(FieldType.ID)), column("Abbr", string(5)), column("LName", string(100)),
            column("IsHidden", type(FieldType.BOOL))),
        List.of(new Operation(OperationKind.GET, "/providers/{ProvNum}", List.of(), List.of(), Optional.empty(),
            Optional.empty(), "", at(file))),
        List.of(), List.of(), "apiproviders.html", Optional.of("21.1"), "", at(file));
  }

  private static Resource patients() {
    String file = "spec/patients.yaml";
    var fields = List.of(
        column("PatNum", type(FieldType.ID)),
        column("LName", string(100)),
        column("FName", type(FieldType.STRING)),
        Specs.withDefault(column("Gender", enumType("PatientGender")), "Male"),
        Specs.withDefault(Specs.storedAsName(column("PatStatus", enumType("PatientStatus"))), "Patient"),
        column("Signals", enumType("Flags")),
        column("Birthdate", type(FieldType.DATE)),
        column("DateTimeDeceased", type(FieldType.DATE_TIME)),
        column("PreferContactTime", type(FieldType.TIME)),
        column("EstBalance", type(FieldType.MONEY)),
        column("Weight", type(FieldType.DOUBLE)),
        column("Ratio", type(FieldType.FLOAT)),
        column("BillingType", type(FieldType.LONG)),
        column("VisitCount", type(FieldType.INT)),
        column("Urgency", type(FieldType.BYTE)),
        Specs.signed(column("Delta", type(FieldType.BYTE))),
        Specs.withDefault(column("Premed", type(FieldType.BOOL)), "true"),
        Specs.notes(column("Note", type(FieldType.TEXT)), "free text; may hold <html> & $dollars */"),
        Specs.withColumn(column("colorOverride", type(FieldType.COLOR)), "ColorOverride"),
        column("PriProv", ref("Providers")),
        column("DateTStamp", type(FieldType.TIMESTAMP)),
        derived("priProvAbbr", type(FieldType.STRING), new Derivation.Lookup("PriProv", "Abbr")),
        derived("gender", type(FieldType.STRING), new Derivation.NameOf("Gender")),
        derived("hasNote", type(FieldType.BOOL), new Derivation.NonEmpty("Note")),
        derived("serverDateTime", type(FieldType.DATE_TIME), new Derivation.ServerTime()));
    var list = new Operation(OperationKind.LIST, "/patients", List.of(
        filter("LName", "LName", MatchKind.STARTS_WITH, string(100)),
        filter("FName", "FName", MatchKind.CONTAINS, type(FieldType.STRING)),
        filter("PriProv", "PriProv", MatchKind.EQUALS, ref("Providers")),
        filter("DateTStamp", "DateTStamp", MatchKind.CHANGED_SINCE, type(FieldType.TIMESTAMP)),
        filter("dateStart", "Birthdate", MatchKind.FROM, type(FieldType.DATE)),
        filter("dateEnd", "Birthdate", MatchKind.TO, type(FieldType.DATE)),
        filter("date", "DateTimeDeceased", MatchKind.ON_DATE, type(FieldType.DATE)),
        filter("hideInactive", null, MatchKind.CUSTOM, type(FieldType.BOOL))),
        List.of(), Optional.of("21.1"), Optional.empty(), "", at(file));
    var create = new Operation(OperationKind.CREATE, "/patients", List.of(), List.of(
        body("LName", "LName", true), body("FName", "FName", true), body("Gender"), body("PatStatus"),
        body("Birthdate"), body("EstBalance"), body("Urgency"), body("Premed"), body("colorOverride"),
        body("priProv", "PriProv", false)), Optional.empty(), Optional.empty(), "", at(file));
    var update = new Operation(OperationKind.UPDATE, "/patients/{PatNum}", List.of(), List.of(
        body("LName"), body("FName"), body("Gender"), body("Birthdate"), body("Delta"), body("Note"),
        body("Signals"), body("PriProv")), Optional.empty(), Optional.empty(), "", at(file));
    var get = new Operation(OperationKind.GET, "/patients/{PatNum}", List.of(), List.of(), Optional.empty(),
        Optional.empty(), "", at(file));
    var slots = new Action("slots", "GET", "/patients/{PatNum}/Slots", List.of(),
        List.of(property("date", type(FieldType.DATE))), List.of(),
        new ResponseShape(ResponseKind.MODEL, Optional.of("Slot"), true), false, 200, Optional.empty(),
        Optional.empty(), "", at(file));
    var models = List.of(
        new Model("Slot", List.of(property("DateTimeStart", type(FieldType.DATE_TIME)),
            property("OpNum", ref("Operatories")), property("Tags", type(FieldType.STRING).asList())), "", at(file)),
        new Model("Aging", List.of(property("Bal_0_30", type(FieldType.MONEY)), property("bal_0_30", type(FieldType.STRING)),
            property("Next", model("Slot")), property("Slots", model("Slot").asList()),
            property("Status", enumType("PatientStatus"))), "", at(file)));
    return new Resource("Patients", "Patient", "/patients", Optional.of("patient"), Optional.of("PatNum"), fields,
        List.of(get, list, create, update), List.of(slots), models, "apipatients.html", Optional.of("21.1"),
        "People the clinic sees.", at(file));
  }
}
