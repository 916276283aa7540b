package dev.odgen.samples.app.documents;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.files.DocumentStore;
import dev.odgen.samples.app.files.SftpAddress;
import dev.odgen.samples.app.files.SftpSite;
import dev.odgen.samples.app.files.Thumbnails;
import dev.odgen.samples.app.files.UrlFetcher;
import dev.odgen.samples.app.money.Office;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.Document;
import dev.odgen.samples.opendental.entity.DocumentListItem;
import dev.odgen.samples.opendental.entity.FileListItem;
import dev.odgen.samples.opendental.entity.ImageType;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.server.DocumentActions;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Documents: listed per patient, uploaded (base64, from SFTP, by URL) into the document store, exported to SFTP
 * and as thumbnails. Mounts are not in the generated schema: MountNum is always unknown (404).
 */
public final class DocumentDesk implements DocumentActions {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final Map<String, String> TYPE_EXTENSIONS = Map.of("application/pdf", ".pdf", "image/jpeg", ".jpg",
      "image/png", ".png", "image/gif", ".gif", "image/bmp", ".bmp", "image/tiff", ".tif", "text/plain", ".txt");

  private final OpenDentalDaos daos;
  private final Office office;
  private final DocumentStore store;
  private final SftpSite sftp;
  private final UrlFetcher fetcher;
  private final DocumentFiles files;

  public DocumentDesk(OpenDentalDaos daos, DocumentStore store, SftpSite sftp, UrlFetcher fetcher) {
    this.daos = daos;
    this.office = new Office(daos);
    this.store = store;
    this.sftp = sftp;
    this.fetcher = fetcher;
    this.files = new DocumentFiles(daos, store);
  }

  @Override
  public List<DocumentListItem> listForPatient(ListForPatientInput in, ApiRequest request) {
    Patient patient = office.patient(in.patNum());
    List<DocumentListItem> items = new ArrayList<>();
    for (Document d : files.documentsOf(patient.patNum())) {
      items.add(item(d, patient, request.serverTime()));
    }
    return items;
  }

  @Override
  public Document upload(UploadInput in, ApiRequest request) {
    Patient patient = office.patient(in.patNum());
    String ext = DocumentStore.extension(in.extension(), "extension");
    byte[] content;
    try {
      content = Base64.getMimeDecoder().decode(in.rawBase64());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("rawBase64: not base64: " + e.getMessage(), List.of("rawBase64"));
    }
    if (content.length == 0) {
      throw new BadRequestException("rawBase64: the file is empty", List.of("rawBase64"));
    }
    return save(patient, content, generatedName(patient, ext, request.serverTime()), new Fields(in.description(),
        in.dateCreated(), in.docCategory(), in.imgType(), in.toothNumbers(), in.provNum(), in.printHeading()),
        request);
  }

  @Override
  public Document setByUrl(SetByUrlInput in, ApiRequest request) {
    Patient patient = office.patient(in.patNum());
    URI uri = UrlFetcher.check(in.url());
    UrlFetcher.Fetched fetched = fetcher.fetch(uri.toString());
    String ext = extensionOf(uri, fetched.contentType());
    return save(patient, fetched.body(), generatedName(patient, ext, request.serverTime()), new Fields(
        in.description(), in.dateCreated(), in.docCategory(), in.imgType(), in.toothNumbers(), in.provNum(),
        in.printHeading()), request);
  }

  @Override
  public DocumentListItem uploadSftp(UploadSftpInput in, ApiRequest request) {
    Patient patient = office.patient(in.patNum());
    SftpAddress address = SftpAddress.parse(in.sftpAddress(), null, "SftpAddress");
    String name = DocumentStore.safeName(address.fileName(), "SftpAddress");
    byte[] content = sftp.get(address, in.sftpUsername(), in.sftpPassword());
    if (files.nameTaken(patient, name)) {
      name = generatedName(patient, DocumentStore.extensionOf(name, "SftpAddress"), request.serverTime());
    }
    Document doc = save(patient, content, name, new Fields(in.description(), in.dateCreated(), in.docCategory(),
        in.imgType(), in.toothNumbers(), in.provNum(), in.printHeading()), request);
    return item(doc, patient, null);
  }

  @Override
  public void downloadSftp(DownloadSftpInput in, ApiRequest request) {
    if (in.docNum() == null && in.mountNum() == null) {
      throw new BadRequestException("DocNum or MountNum is required", List.of("DocNum", "MountNum"));
    }
    if (in.docNum() == null) {
      throw new NotFoundException("Mount not found (MountNum " + in.mountNum() + ")");
    }
    Document doc = files.document(in.docNum());
    byte[] content = files.content(doc);
    SftpAddress address = SftpAddress.parse(in.sftpAddress(), null, "SftpAddress").orFile(doc.fileName());
    sftp.put(address, in.sftpUsername(), in.sftpPassword(), content);
  }

  @Override
  public List<FileListItem> thumbnails(ThumbnailsInput in, ApiRequest request) {
    Patient patient = office.patient(in.patNum());
    SftpAddress folder = SftpAddress.parse(in.sftpAddress(), null, "SftpAddress");
    List<SftpSite.NamedContent> thumbs = new ArrayList<>();
    List<FileListItem> written = new ArrayList<>();
    for (Document d : files.documentsOf(patient.patNum())) {
      if (!files.hasFile(d)) {
        continue;
      }
      Optional<byte[]> thumb = Thumbnails.of(files.content(d));
      if (thumb.isPresent()) {
        String name = "Thumbnail_" + d.docNum() + ".jpg";
        thumbs.add(new SftpSite.NamedContent(name, thumb.get()));
        written.add(new FileListItem(d.docNum(), name));
      }
    }
    if (!thumbs.isEmpty()) {
      sftp.putAll(folder, in.sftpUsername(), in.sftpPassword(), thumbs);
    }
    return written;
  }

  @Override
  public List<FileListItem> downloadMount(DownloadMountInput in, ApiRequest request) {
    throw new NotFoundException("Mount not found (MountNum " + in.mountNum() + ")");
  }

  /** The optional fields every upload takes. */
  private record Fields(String description, LocalDateTime dateCreated, Long docCategory, ImageType imgType,
      String toothNumbers, Long provNum, Boolean printHeading) {}

  private Document save(Patient patient, byte[] content, String name, Fields f, ApiRequest request) {
    long category = office.definitionOrNone(f.docCategory(), DefCat.IMAGE_CATS, "DocCategory");
    long provNum = f.provNum() == null ? 0 : f.provNum();
    if (provNum != 0 && !daos.providers().exists(provNum)) {
      throw new NotFoundException("Provider not found (ProvNum " + provNum + ")");
    }
    LocalDateTime created = f.dateCreated() == null ? request.serverTime() : f.dateCreated();
    long docNum = daos.documents().insert(new Document(0, f.description() == null ? "" : f.description(), created,
        category, null, patient.patNum(), name, f.imgType() == null ? ImageType.DOCUMENT : f.imgType(),
        f.toothNumbers() == null ? "" : f.toothNumbers(), null, provNum, Boolean.TRUE.equals(f.printHeading())));
    // the row first: a file that cannot be written fails the request, and its transaction takes the row back
    store.write(DocumentFiles.folderOf(patient), name, content);
    return daos.documents().findById(docNum).orElseThrow();
  }

  private DocumentListItem item(Document d, Patient patient, LocalDateTime serverTime) {
    String path = files.hasFile(d) ? store.inside(DocumentFiles.folderOf(patient), d.fileName()).toString() : "";
    return new DocumentListItem(d.docNum(), 0, path, d.description(), d.patNum(), "", d.dateCreated(),
        d.docCategoryLabel(), d.docCategory(), d.toothNumbers(), d.provNum(), d.printHeading(), d.dateTStamp(),
        serverTime);
  }

  /** A name no caller chooses: the patient's folder name, the time and a counter, then the checked extension. */
  private String generatedName(Patient patient, String ext, LocalDateTime now) {
    String base = DocumentStore.patientFolder(patient.lName(), patient.fName(), patient.patNum());
    base = base.substring(base.indexOf('/') + 1) + "_" + now.format(STAMP);
    String name = base + ext;
    for (int i = 2; files.nameTaken(patient, name); i++) {
      name = base + "_" + i + ext;
    }
    return name;
  }

  private static String extensionOf(URI uri, String contentType) {
    String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (TYPE_EXTENSIONS.containsKey(type)) {
      return TYPE_EXTENSIONS.get(type);
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    int dot = path.lastIndexOf('.');
    if (dot >= 0 && dot > path.lastIndexOf('/')) {
      return DocumentStore.extension(path.substring(dot), "url");
    }
    throw new BadRequestException("url: cannot tell the document's type (Content-Type " + contentType + ")",
        List.of("url"));
  }
}
