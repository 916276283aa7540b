package dev.odgen.samples.app.demo;

import dev.odgen.samples.app.files.DocumentStore;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.Document;
import dev.odgen.samples.opendental.entity.EobAttach;
import dev.odgen.samples.opendental.entity.Patient;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Writes the files of the demo documents and EOB into the document store (images drawn here, so the demo needs
 * no binary resources); files already there are left alone.
 */
public final class DemoFiles {
  static final String PANORAMIC = "MartinezCarlos_pano.png";
  static final String PHOTO = "MartinezCarlos_smile.jpg";
  static final String EOB_FILE = "1_eob_bluebird.png";

  private DemoFiles() {
  }

  public static void write(OpenDentalDaos daos, DocumentStore store) {
    var q = daos.db().dialect();
    // only the demo's own rows: on a real office's database this reads nothing
    List<Long> docs = daos.db().query("SELECT " + q.quote("DocNum") + " FROM " + q.quote("document") + " WHERE "
        + q.quote("FileName") + " IN (?, ?)", List.of(PANORAMIC, PHOTO), rs -> rs.getLong(1));
    for (long docNum : docs) {
      Document doc = daos.documents().findById(docNum).orElseThrow();
      Patient p = daos.patients().findById(doc.patNum()).orElse(null);
      if (p == null || !(doc.fileName().equals(PANORAMIC) || doc.fileName().equals(PHOTO))) {
        continue;
      }
      String folder = DocumentStore.patientFolder(p.lName(), p.fName(), p.patNum());
      if (!store.exists(folder, doc.fileName())) {
        store.write(folder, doc.fileName(), image(doc.fileName().endsWith(".jpg") ? "jpg" : "png", doc.docNum()));
      }
    }
    List<Long> eobs = daos.db().query("SELECT " + q.quote("EobAttachNum") + " FROM " + q.quote("eobattach")
        + " WHERE " + q.quote("FileName") + " = ?", List.of(EOB_FILE), rs -> rs.getLong(1));
    for (long num : eobs) {
      EobAttach eob = daos.eobAttaches().findById(num).orElseThrow();
      if (eob.fileName().equals(EOB_FILE) && !store.exists("EOBs", EOB_FILE)) {
        store.write("EOBs", EOB_FILE, image("png", num));
      }
    }
  }

  /** A small picture: a gradient with a tooth-white oval, different per {@code seed}. */
  private static byte[] image(String format, long seed) {
    BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      for (int x = 0; x < 320; x++) {
        g.setColor(new Color((int) ((x + seed * 40) % 256), 90, 160));
        g.drawLine(x, 0, x, 199);
      }
      g.setColor(new Color(245, 242, 230));
      g.fillOval(110, 50, 100, 100);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
