package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.odgen.runtime.client.ApiBadRequestException;
import dev.odgen.runtime.client.ApiException;
import dev.odgen.runtime.client.ApiNotFoundException;
import dev.odgen.samples.opendental.client.DocumentsDownloadSftpRequest;
import dev.odgen.samples.opendental.client.DocumentsSetByUrlRequest;
import dev.odgen.samples.opendental.client.DocumentsThumbnailsRequest;
import dev.odgen.samples.opendental.client.DocumentsUploadRequest;
import dev.odgen.samples.opendental.client.DocumentsUploadSftpRequest;
import dev.odgen.samples.opendental.client.EobAttachesDownloadSftpRequest;
import dev.odgen.samples.opendental.client.EobAttachesUploadSftpRequest;
import dev.odgen.samples.opendental.client.OpenDentalClient;
import dev.odgen.samples.opendental.client.QueriesRunToSftpRequest;
import dev.odgen.samples.opendental.client.SheetsDownloadSftpRequest;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.ClaimPayment;
import dev.odgen.samples.opendental.entity.Document;
import dev.odgen.samples.opendental.entity.DocumentListItem;
import dev.odgen.samples.opendental.entity.EobAttach;
import dev.odgen.samples.opendental.entity.FileListItem;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.entity.Sheet;
import dev.odgen.samples.opendental.entity.SheetTypeEnum;
import dev.odgen.samples.sftp.LocalSftpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The file actions over HTTP against an SFTP server (MINA SSHD) and an HTTP server on 127.0.0.1: uploads into the
 * document store, SFTP imports and exports, SetByUrl with its limits, thumbnails, EOBs, sheet PDFs and query CSVs;
 * and every name a caller controls tried with path traversal, nothing written outside the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentFilesTest {
  private final OpenDentalClient client = DemoServer.client();
  private final OpenDentalDaos daos = DemoServer.app().server().daos();
  private LocalSftpServer sftp;
  private HttpServer web;
  private Path store;

  @BeforeAll
  void start() throws IOException {
    sftp = LocalSftpServer.start();
    DemoServer.app();
    store = DemoServer.documentStore().toRealPath();
    web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    web.createContext("/scan.png", exchange -> {
      byte[] png = png(40, 20);
      exchange.getResponseHeaders().add("Content-Type", "image/png");
      exchange.sendResponseHeaders(200, png.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(png);
      }
    });
    web.createContext("/huge.pdf", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/pdf");
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[64 * 1024];
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 21 * 16 + 1; i++) {
          out.write(chunk);
        }
      } catch (IOException closedByTheServer) {
        // the server stops reading at its limit
      }
    });
    web.createContext("/missing.pdf", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    web.start();
  }

  @AfterAll
  void stop() {
    sftp.close();
    web.stop(0);
  }

  @Test
  void anUploadIsStoredInThePatientsFolderAndListed() throws IOException {
    long pat = patient("Upload");
    byte[] png = png(60, 30);
    Document doc = client.documents().upload(DocumentsUploadRequest.of(pat, Base64.getEncoder().encodeToString(png),
        ".png").description("Panoramic"));
    assertTrue(doc.fileName().endsWith(".png"), doc.fileName());
    Path file = Files.walk(store).filter(p -> p.getFileName().toString().equals(doc.fileName())).findFirst()
        .orElseThrow();
    assertArrayEquals(png, Files.readAllBytes(file));
    assertTrue(file.toString().contains("Upload"), file.toString());
    List<DocumentListItem> listed = client.documents().listForPatient(pat);
    assertEquals(1, listed.size());
    assertEquals(file.toString(), listed.get(0).filePath());
    assertEquals("Panoramic", listed.get(0).description());
    assertThrows(ApiNotFoundException.class, () -> client.documents().listForPatient(99_999_991L));
    assertThrows(ApiBadRequestException.class, () -> client.documents()
        .upload(DocumentsUploadRequest.of(pat, "not base64!!", ".pdf")));
    // the generated handler takes at most 65,535 bytes of rawBase64 (the spec's text type); larger files come by
    // SFTP or URL
    assertThrows(ApiBadRequestException.class, () -> client.documents()
        .upload(DocumentsUploadRequest.of(pat, Base64.getEncoder().encodeToString(new byte[70_000]), ".pdf")));
  }

  @Test
  void pathTraversalInEveryNameIsRefusedOrKeptInsideTheStore() throws IOException {
    long pat = patient("Traversal");
    List<Path> before = filesOutsideStoreParent();
    String content = Base64.getEncoder().encodeToString("%PDF-1.4 hi".getBytes(StandardCharsets.UTF_8));
    List<String> extensions = List.of("../../evil.pdf", ".pdf/../../../evil", "..\\..\\evil.pdf", "/etc/passwd",
        ".pdf\u0000.txt", "%2e%2e%2fevil.pdf", ".exe", ".jsp", "", "pdf/..", "....//....//evil.pdf", ".PDF/../x",
        "~/.bashrc", ".pdf ", "C:\\Windows\\evil.pdf");
    int refused = 0;
    for (String ext : extensions) {
      try {
        client.documents().upload(DocumentsUploadRequest.of(pat, content, ext));
      } catch (ApiBadRequestException e) {
        refused++;
      }
    }
    // ".pdf " is the one that is harmless once trimmed
    assertTrue(refused >= extensions.size() - 1, "refused " + refused + " of " + extensions.size());
    byte[] pdf = "%PDF-1.4 sftp".getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(sftp.root().resolve("in"));
    Files.write(sftp.root().resolve("in/evil.pdf"), pdf);
    List<String> sftpNames = List.of("in/../in/evil.pdf", "../../in/evil.pdf", "in/..\\..\\evil.pdf",
        "in/%2e%2e%2fevil.pdf", "in/....//evil.pdf");
    for (String name : sftpNames) {
      try {
        DocumentListItem item = client.documents().uploadSftp(DocumentsUploadSftpRequest.of(pat, sftp.address(name),
            LocalSftpServer.USER, LocalSftpServer.PASSWORD));
        assertTrue(Path.of(item.filePath()).normalize().startsWith(store.toRealPath()), item.filePath());
      } catch (ApiBadRequestException e) {
        // refused: the file is missing on the SFTP site or the name has no allowed extension
      }
    }
    assertEquals(before, filesOutsideStoreParent(), "nothing written beside the store");
    try (Stream<Path> all = Files.walk(store)) {
      all.filter(Files::isRegularFile)
          .forEach(p -> assertTrue(p.normalize().startsWith(store.normalize()), p.toString()));
    }
    System.out.println("path traversal: " + extensions.size() + " extensions and " + sftpNames.size()
        + " SFTP names tried; " + refused + " refused, the rest stored inside the store");
  }

  @Test
  void sftpImportsAndExportsDocumentsThumbnailsSheetsEobsAndQueries() throws IOException {
    long pat = patient("Sftp");
    byte[] png = png(64, 64);
    Files.createDirectories(sftp.root().resolve("incoming"));
    Files.write(sftp.root().resolve("incoming/xray.png"), png);
    DocumentListItem imported = client.documents().uploadSftp(DocumentsUploadSftpRequest.of(pat,
        sftp.address("incoming/xray.png"), LocalSftpServer.USER, LocalSftpServer.PASSWORD));
    assertArrayEquals(png, Files.readAllBytes(Path.of(imported.filePath())));

    client.documents().downloadSftp(DocumentsDownloadSftpRequest.of(sftp.address("out/copy.png"),
        LocalSftpServer.USER, LocalSftpServer.PASSWORD).docNum(imported.docNum()));
    assertArrayEquals(png, Files.readAllBytes(sftp.root().resolve("out/copy.png")));

    List<FileListItem> thumbs = client.documents().thumbnails(DocumentsThumbnailsRequest.of(pat,
        sftp.address("thumbs/"), LocalSftpServer.USER, LocalSftpServer.PASSWORD));
    assertEquals(1, thumbs.size());
    BufferedImage thumb = ImageIO.read(sftp.root().resolve("thumbs").resolve(thumbs.get(0).fileName()).toFile());
    assertEquals(100, thumb.getWidth());
    assertEquals(100, thumb.getHeight());

    ApiBadRequestException wrongPassword = assertThrows(ApiBadRequestException.class, () -> client.documents()
        .downloadSftp(DocumentsDownloadSftpRequest.of(sftp.address("out/x.png"), LocalSftpServer.USER, "wrong")
            .docNum(imported.docNum())));
    assertTrue(wrongPassword.explanation().contains("SFTP"), wrongPassword.explanation());
    assertThrows(ApiNotFoundException.class, () -> client.documents().downloadSftp(DocumentsDownloadSftpRequest
        .of(sftp.address("out/x.png"), LocalSftpServer.USER, LocalSftpServer.PASSWORD).mountNum(5)));

    long sheetNum = daos.sheets().insert(new Sheet(0, SheetTypeEnum.CONSENT, pat, LocalDateTime.now(), "signed",
        "Consent for treatment", false, 0, 0, 0, null));
    client.sheets().downloadSftp(SheetsDownloadSftpRequest.of(sheetNum, sftp.address("sheets/"),
        LocalSftpServer.USER, LocalSftpServer.PASSWORD));
    byte[] pdf = Files.readAllBytes(sftp.root().resolve("sheets/sheet.pdf"));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

    long checkNum = daos.claimPayments().insert(ClaimPayment.defaults());
    Files.write(sftp.root().resolve("incoming/eob.pdf"), pdf);
    EobAttach eob = client.eobAttaches().uploadSftp(EobAttachesUploadSftpRequest.of(checkNum,
        sftp.address("incoming/eob.pdf"), LocalSftpServer.USER, LocalSftpServer.PASSWORD));
    assertEquals(checkNum, eob.claimPaymentNum());
    client.eobAttaches().downloadSftp(EobAttachesDownloadSftpRequest.of(eob.eobAttachNum(),
        sftp.address("eobs/back.pdf"), LocalSftpServer.USER, LocalSftpServer.PASSWORD));
    assertArrayEquals(pdf, Files.readAllBytes(sftp.root().resolve("eobs/back.pdf")));
    assertThrows(ApiNotFoundException.class, () -> client.eobAttaches().uploadSftp(EobAttachesUploadSftpRequest
        .of(77_777_771L, sftp.address("incoming/eob.pdf"), LocalSftpServer.USER, LocalSftpServer.PASSWORD)));

    client.queries().runToSftp(QueriesRunToSftpRequest.of("SELECT PatNum, LName FROM patient WHERE PatNum = "
        + pat, sftp.address("Reports/one patient.csv"), LocalSftpServer.USER, LocalSftpServer.PASSWORD));
    String csv = Files.readString(sftp.root().resolve("Reports/one patient.csv"));
    // column labels as the database gives them: H2 (case-insensitive names) lower-cases them, MariaDB keeps them
    assertEquals(("PatNum,LName\r\n" + pat + ",Sftp\r\n").toLowerCase(), csv.toLowerCase());
    client.queries().runToSftp(QueriesRunToSftpRequest.of("SELECT PatNum FROM patient WHERE PatNum = -1",
        sftp.address("Reports/none.csv"), LocalSftpServer.USER, LocalSftpServer.PASSWORD));
    assertEquals("OK", Files.readString(sftp.root().resolve("Reports/none.csv")));
    ApiException writes = assertThrows(ApiException.class, () -> client.queries().runToSftp(QueriesRunToSftpRequest
        .of("DELETE FROM patient", sftp.address("Reports/x.csv"), LocalSftpServer.USER, LocalSftpServer.PASSWORD)));
    assertEquals(401, writes.status());
  }

  @Test
  void setByUrlFetchesHttpWithinItsLimitsOnly() {
    long pat = patient("Url");
    String base = "http://127.0.0.1:" + web.getAddress().getPort();
    Document doc = client.documents().setByUrl(DocumentsSetByUrlRequest.of(pat, base + "/scan.png"));
    assertTrue(doc.fileName().endsWith(".png"), doc.fileName());
    List<String> refused = new ArrayList<>();
    for (String url : List.of("file:///etc/passwd", "ftp://127.0.0.1/x.pdf", "jar:file:/x.jar!/a.pdf",
        "gopher://127.0.0.1/x", "javascript:alert(1)", "/relative/x.pdf", "http:///nohost.pdf",
        base + "/huge.pdf", base + "/missing.pdf", "http://127.0.0.1:1/closed.pdf")) {
      ApiBadRequestException e = assertThrows(ApiBadRequestException.class,
          () -> client.documents().setByUrl(DocumentsSetByUrlRequest.of(pat, url)), url);
      refused.add(e.explanation());
    }
    assertTrue(refused.get(0).contains("only http and https"), refused.get(0));
    assertTrue(refused.get(7).contains("larger than"), refused.get(7));
    assertEquals(1, client.documents().listForPatient(pat).size(), "refused fetches leave no document behind");
  }

  private List<Path> filesOutsideStoreParent() throws IOException {
    try (Stream<Path> files = Files.list(store.getParent())) {
      return files.filter(p -> !p.startsWith(store)).filter(Files::isRegularFile).sorted().toList();
    }
  }

  private long patient(String lName) {
    long pat = client.patients().create(PatientPatch.builder().lName(lName).fName("Doc").build()).patNum();
    daos.patients().update(pat, PatientPatch.builder().guarantor(pat).build());
    return pat;
  }

  static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  static boolean isImage(byte[] bytes) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
  }
}
