package dev.odgen.samples.app.documents;

import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.files.DocumentStore;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.Document;
import dev.odgen.samples.opendental.entity.Patient;
import java.util.List;

/** Document rows and their files in the store. */
final class DocumentFiles {
  private final OpenDentalDaos daos;
  private final DocumentStore store;

  DocumentFiles(OpenDentalDaos daos, DocumentStore store) {
    this.daos = daos;
    this.store = store;
  }

  static String folderOf(Patient patient) {
    return DocumentStore.patientFolder(patient.lName(), patient.fName(), patient.patNum());
  }

  Document document(long docNum) {
    return daos.documents().findById(docNum)
        .orElseThrow(() -> new NotFoundException("Document not found (DocNum " + docNum + ")"));
  }

  /** The patient's documents, oldest first (the document table has no list operation of its own). */
  List<Document> documentsOf(long patNum) {
    var q = daos.db().dialect();
    List<Long> nums = daos.db().query("SELECT " + q.quote("DocNum") + " FROM " + q.quote("document") + " WHERE "
        + q.quote("PatNum") + " = ? ORDER BY " + q.quote("DateCreated") + ", " + q.quote("DocNum"), List.of(patNum),
        rs -> rs.getLong(1));
    return nums.stream().map(n -> daos.documents().findById(n).orElseThrow()).toList();
  }

  boolean nameTaken(Patient patient, String name) {
    return store.exists(folderOf(patient), name);
  }

  boolean hasFile(Document d) {
    return patientOf(d).map(p -> !d.fileName().isBlank() && store.exists(folderOf(p), d.fileName())).orElse(false);
  }

  byte[] content(Document d) {
    Patient patient = patientOf(d).orElseThrow(() -> new NotFoundException("Patient not found (PatNum "
        + d.patNum() + ")"));
    return store.read(folderOf(patient), d.fileName());
  }

  private java.util.Optional<Patient> patientOf(Document d) {
    return daos.patients().findById(d.patNum());
  }
}
