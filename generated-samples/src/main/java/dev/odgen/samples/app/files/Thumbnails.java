package dev.odgen.samples.app.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/** 100 x 100 thumbnails (the image scaled to fit, centred on white) made with the JDK's image I/O. */
public final class Thumbnails {
  public static final int SIZE = 100;

  private Thumbnails() {
  }

  /** The thumbnail of {@code image} as JPEG, or empty when image I/O cannot read it as an image. */
  public static Optional<byte[]> of(byte[] image) {
    BufferedImage source;
    try {
      source = ImageIO.read(new ByteArrayInputStream(image));
    } catch (IOException e) {
      return Optional.empty();
    }
    if (source == null || source.getWidth() == 0 || source.getHeight() == 0) {
      return Optional.empty();
    }
    double scale = Math.min((double) SIZE / source.getWidth(), (double) SIZE / source.getHeight());
    int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
    BufferedImage thumb = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = thumb.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, SIZE, SIZE);
      g.drawImage(source, (SIZE - w) / 2, (SIZE - h) / 2, w, h, null);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(thumb, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(out.toByteArray());
  }
}
