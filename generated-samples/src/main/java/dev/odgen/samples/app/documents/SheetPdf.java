package dev.odgen.samples.app.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Lines of text on Letter pages, as a PDF (Apache PDFBox, Helvetica; characters it cannot show become ?). */
final class SheetPdf {
  private static final float MARGIN = 54;
  private static final float LEADING = 15;
  private static final int MAX_CHARS = 95;

  private SheetPdf() {
  }

  static byte[] render(List<String> lines) {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPageContentStream text = null;
      float y = 0;
      for (String raw : wrap(lines)) {
        if (text == null || y < MARGIN) {
          if (text != null) {
            text.endText();
            text.close();
          }
          PDPage page = new PDPage(PDRectangle.LETTER);
          doc.addPage(page);
          text = new PDPageContentStream(doc, page);
          text.beginText();
          text.setFont(font, 11);
          y = page.getMediaBox().getHeight() - MARGIN;
          text.newLineAtOffset(MARGIN, y);
        }
        text.showText(printable(raw));
        text.newLineAtOffset(0, -LEADING);
        y -= LEADING;
      }
      if (text != null) {
        text.endText();
        text.close();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> wrap(List<String> lines) {
    List<String> out = new java.util.ArrayList<>();
    for (String line : lines) {
      for (String part : line.split("\\R", -1)) {
        String rest = part;
        while (rest.length() > MAX_CHARS) {
          out.add(rest.substring(0, MAX_CHARS));
          rest = rest.substring(MAX_CHARS);
        }
        out.add(rest);
      }
    }
    if (out.isEmpty()) {
      out.add("");
    }
    return out;
  }

  /** Helvetica (WinAnsi) shows Latin-1 printable characters; the rest become '?'. */
  private static String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c >= 32 && c < 127 || c >= 160 && c <= 255 ? c : '?');
    }
    return b.toString();
  }
}
