package dev.odgen.samples.app.documents;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.files.DocumentStore;
import dev.odgen.samples.app.files.SftpAddress;
import dev.odgen.samples.app.files.SftpSite;
import dev.odgen.samples.app.money.ColumnUpdate;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.EobAttach;
import dev.odgen.samples.opendental.server.EobAttachActions;

/**
 * Scanned EOBs of claim payments: imported from the caller's SFTP site into the store's {@code EOBs/} folder
 * ({@code POST /eobattaches/UploadSftp}) and exported back ({@code POST /eobattaches/DownloadSftp}).
 */
public final class EobAttachDesk implements EobAttachActions {
  /** The store's folder of EOB files. */
  public static final String FOLDER = "EOBs";

  private final OpenDentalDaos daos;
  private final DocumentStore store;
  private final SftpSite sftp;

  public EobAttachDesk(OpenDentalDaos daos, DocumentStore store, SftpSite sftp) {
    this.daos = daos;
    this.store = store;
    this.sftp = sftp;
  }

  @Override
  public EobAttach uploadSftp(UploadSftpInput in, ApiRequest request) {
    if (!daos.claimPayments().exists(in.claimPaymentNum())) {
      throw new NotFoundException("ClaimPayment not found (ClaimPaymentNum " + in.claimPaymentNum() + ")");
    }
    SftpAddress address = SftpAddress.parse(in.sftpAddress(), null, "SftpAddress");
    String original = DocumentStore.safeName(address.fileName(), "SftpAddress");
    byte[] content = sftp.get(address, in.sftpUsername(), in.sftpPassword());
    long num = daos.eobAttaches().insert(new EobAttach(0, in.claimPaymentNum(), request.serverTime(), "", ""));
    // the stored name starts with the row's key, so two EOBs of the same name never overwrite each other
    String name = num + "_" + original;
    store.write(FOLDER, name, content);
    ColumnUpdate.of(daos.db(), "eobattach", "EobAttachNum").set("FileName", name).on(num);
    return daos.eobAttaches().findById(num).orElseThrow();
  }

  @Override
  public void downloadSftp(DownloadSftpInput in, ApiRequest request) {
    EobAttach eob = daos.eobAttaches().findById(in.eobAttachNum())
        .orElseThrow(() -> new NotFoundException("EobAttach not found (EobAttachNum " + in.eobAttachNum() + ")"));
    byte[] content = store.read(FOLDER, eob.fileName());
    SftpAddress address = SftpAddress.parse(in.sftpAddress(), null, "SftpAddress").orFile(eob.fileName());
    sftp.put(address, in.sftpUsername(), in.sftpPassword(), content);
  }
}
