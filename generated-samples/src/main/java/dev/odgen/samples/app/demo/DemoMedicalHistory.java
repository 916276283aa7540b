package dev.odgen.samples.app.demo;

import static dev.odgen.samples.app.records.RecordCopy.with;

import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.AllergyDefPatch;
import dev.odgen.samples.opendental.entity.AllergyPatch;
import dev.odgen.samples.opendental.entity.DiseaseDefPatch;
import dev.odgen.samples.opendental.entity.DiseasePatch;
import dev.odgen.samples.opendental.entity.EhrPatient;
import dev.odgen.samples.opendental.entity.EnumPopupLevel;
import dev.odgen.samples.opendental.entity.MedicationPatPatch;
import dev.odgen.samples.opendental.entity.MedicationPatch;
import dev.odgen.samples.opendental.entity.PatientNote;
import dev.odgen.samples.opendental.entity.PatientNotePatch;
import dev.odgen.samples.opendental.entity.PatientRace;
import dev.odgen.samples.opendental.entity.Pharmacy;
import dev.odgen.samples.opendental.entity.PopupPatch;
import dev.odgen.samples.opendental.entity.ProblemStatus;
import dev.odgen.samples.opendental.entity.RxPat;
import dev.odgen.samples.opendental.entity.ToothInitialPatch;
import dev.odgen.samples.opendental.entity.ToothInitialType;

/**
 * Grace Thompson's medical history: a latex allergy, type 2 diabetes, metformin from her physician and an
 * amoxicillin premedication written by Dr. Nguyen for the neighbourhood pharmacy; her race and ethnicity, her
 * medical and emergency-contact notes, her mother's maiden name for the EHR, a missing tooth and a popup about her premedication.
 */
final class DemoMedicalHistory {
  private final OpenDentalDaos daos;
  private final DemoSummary summary;
  private final DemoCalendar calendar;

  DemoMedicalHistory(OpenDentalDaos daos, DemoSummary summary, DemoCalendar calendar) {
    this.daos = daos;
    this.summary = summary;
    this.calendar = calendar;
  }

  void insert() {
    long grace = summary.graceThompson();
    long latex = daos.allergyDefs().insert(AllergyDefPatch.builder().description("Latex").build());
    daos.allergyDefs().insert(AllergyDefPatch.builder().description("Penicillin").build());
    daos.allergies().insert(AllergyPatch.builder().allergyDefNum(latex).patNum(grace).reaction("Induces itching")
        .statusIsActive(true).dateAdverseReaction(calendar.daysAgo(400)).build());

    long diabetes = daos.diseaseDefs().insert(DiseaseDefPatch.builder().diseaseName("Diabetes").build());
    daos.diseaseDefs().insert(DiseaseDefPatch.builder().diseaseName("High Blood Pressure").build());
    daos.diseases().insert(DiseasePatch.builder().patNum(grace).diseaseDefNum(diabetes).patNote("Type 2")
        .probStatus(ProblemStatus.ACTIVE).dateStart(calendar.daysAgo(900)).build());

    long metformin = daos.medications().insert(MedicationPatch.builder().medName("Metformin")
        .notes("Oral antidiabetic").build());
    long amoxicillin = daos.medications().insert(MedicationPatch.builder().medName("Amoxicillin")
        .notes("Premedication before dental work").build());
    daos.medicationPats().insert(MedicationPatPatch.builder().patNum(grace).medicationNum(metformin)
        .patNote("500 mg twice a day").dateStart(calendar.daysAgo(900)).build());
    daos.medicationPats().insert(MedicationPatPatch.builder().patNum(grace).medicationNum(amoxicillin)
        .patNote("2 g one hour before appointments").provNum(summary.drNguyen()).dateStart(calendar.daysAgo(60))
        .build());

    long pharmacy = daos.pharmacies().insert(with(Pharmacy.defaults(), "storeName", "Maple Street Pharmacy",
        "phone", "(503)555-0142", "address", "410 Maple Street", "city", "Portland", "state", "OR", "zip", "97201"));
    daos.rxPats().insert(with(RxPat.defaults(), "patNum", grace, "rxDate", calendar.daysAgo(60), "drug", "Amoxicillin",
        "sig", "Take 4 capsules 1 hour before dental appointment", "disp", "4 capsules", "refills", "2",
        "provNum", summary.drNguyen(), "pharmacyNum", pharmacy));

    daos.patientRaces().insert(with(PatientRace.defaults(), "patNum", grace, "cdcrecCode", "2106-3"));
    daos.patientNotes().insert(with(PatientNotePatch.builder().medical("Premedicate: amoxicillin 2 g")
        .iceName("Robert Thompson").icePhone("(503)555-0177").build().applyTo(PatientNote.defaults()),
        "patNum", grace));
    daos.ehrPatients().insert(with(EhrPatient.defaults(), "patNum", grace, "motherMaidenFname", "Ruth",
        "motherMaidenLname", "Hale", "medicaidState", "OR"));
    daos.toothInitials().insert(ToothInitialPatch.builder().patNum(grace).toothNum("19")
        .initialType(ToothInitialType.MISSING).build());
    daos.popups().insert(PopupPatch.builder().patNum(grace).description("Premedicate before any treatment")
        .popupLevel(EnumPopupLevel.PATIENT).build());
  }
}
