package com.example.clinic;

import com.example.clinic.opendental.client.OpenDentalClient;
import com.example.clinic.opendental.entity.Patient;
import com.example.clinic.opendental.entity.Provider;

/** The downstream application's own code, written against the generated client and entities. */
public final class PatientDirectory {

  private final OpenDentalClient openDental;

  public PatientDirectory(OpenDentalClient openDental) {
    this.openDental = openDental;
  }

  /** "Ann Smith (Dr. Jones)": a patient's name with the abbreviation of their primary provider. */
  public String describe(long patNum) {
    Patient patient = openDental.patients().get(patNum);
    Provider provider = openDental.providers().get(patient.priProv());
    return patient.fName() + " " + patient.lName() + " (" + provider.abbr() + ")";
  }
}
