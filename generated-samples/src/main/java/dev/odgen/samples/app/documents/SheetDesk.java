package dev.odgen.samples.app.documents;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.app.files.SftpAddress;
import dev.odgen.samples.app.files.SftpSite;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.SheetFieldFilter;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.Sheet;
import dev.odgen.samples.opendental.entity.SheetField;
import dev.odgen.samples.opendental.server.SheetActions;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /sheets/DownloadSftp}: the sheet rendered as a PDF onto the caller's SFTP site (default sheet.pdf). */
public final class SheetDesk implements SheetActions {
  private final OpenDentalDaos daos;
  private final SftpSite sftp;

  public SheetDesk(OpenDentalDaos daos, SftpSite sftp) {
    this.daos = daos;
    this.sftp = sftp;
  }

  @Override
  public void downloadSftp(DownloadSftpInput in, ApiRequest request) {
    Sheet sheet = daos.sheets().findById(in.sheetNum())
        .orElseThrow(() -> new NotFoundException("Sheet not found (SheetNum " + in.sheetNum() + ")"));
    SftpAddress address = SftpAddress.parse(in.sftpAddress(), null, "SftpAddress").orFile("sheet.pdf");
    String patient = daos.patients().findById(sheet.patNum()).map(SheetDesk::name).orElse("");
    List<String> lines = new ArrayList<>();
    lines.add(sheet.description().isBlank() ? sheet.sheetType().wireName() : sheet.description());
    lines.add("Patient: " + patient + " (PatNum " + sheet.patNum() + ")");
    lines.add("Date: " + (sheet.dateTimeSheet() == null ? "" : sheet.dateTimeSheet().toString().replace('T', ' ')));
    lines.add("");
    List<SheetField> fields = Pages.all((o, l) ->
        daos.sheetFields().list(new SheetFieldFilter(sheet.sheetNum()), o, l));
    for (SheetField field : fields) {
      if (!field.fieldName().isBlank() || !field.fieldValue().isBlank()) {
        lines.add(field.fieldName() + ": " + field.fieldValue());
      }
    }
    if (!sheet.internalNote().isBlank()) {
      lines.add("");
      lines.add("Note: " + sheet.internalNote());
    }
    sftp.put(address, in.sftpUsername(), in.sftpPassword(), SheetPdf.render(lines));
  }

  private static String name(Patient p) {
    return p.fName() + " " + p.lName();
  }
}
