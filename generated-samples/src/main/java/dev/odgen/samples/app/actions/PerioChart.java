package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.samples.opendental.entity.PerioMeasure;
import dev.odgen.samples.opendental.entity.PerioMeasureSequenceType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one row of a perio chart as the API takes it: for 16 teeth, three probing depths per tooth (mesial, middle,
 * distal), each digit optionally followed by the site's flags b (bleeding), s (suppuration), p (plaque) and
 * c (calculus); spaces, commas and dots between them are ignored. Gives the Probing and BleedSupPlaqCalc measures
 * of each tooth, the other values -1 (not measured) as Open Dental stores them.
 */
final class PerioChart {
  static final int SITES = 48;

  private PerioChart() {}

  /** Depths and flags of 48 sites, or null when {@code text} is blank. */
  static int[][] parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int[] depths = new int[SITES];
    int[] flags = new int[SITES];
    int site = -1;
    for (char c : text.toCharArray()) {
      if (Character.isDigit(c)) {
        site++;
        if (site >= SITES) {
          throw new BadRequestException(field + ": more than " + SITES + " probing depths (3 per tooth, 16 teeth)");
        }
        depths[site] = c - '0';
      } else if ("bspc".indexOf(Character.toLowerCase(c)) >= 0) {
        if (site < 0) {
          throw new BadRequestException(field + ": the flag '" + c + "' comes before any probing depth");
        }
        flags[site] |= 1 << "bspc".indexOf(Character.toLowerCase(c));
      } else if (c != ' ' && c != ',' && c != '.') {
        throw new BadRequestException(field + ": '" + c + "' is not a probing depth (0-9) nor a flag (b, s, p, c)");
      }
    }
    if (site != SITES - 1) {
      throw new BadRequestException(field + ": expected " + SITES + " probing depths (3 per tooth, 16 teeth), found "
          + (site + 1));
    }
    return new int[][] {depths, flags};
  }

  /**
   * The measures of 16 teeth from {@code firstTooth}: the facial row sets MB/B/DB, the lingual row ML/L/DL; a null
   * row leaves its sites at -1.
   */
  static List<PerioMeasure> measures(long examNum, int firstTooth, int[][] facial, int[][] lingual) {
    List<PerioMeasure> out = new ArrayList<>();
    if (facial == null && lingual == null) {
      return out;
    }
    for (int tooth = 0; tooth < 16; tooth++) {
      for (int kind = 0; kind < 2; kind++) {
        int[] f = site(facial, kind, tooth);
        int[] l = site(lingual, kind, tooth);
        out.add(new PerioMeasure(0, examNum, kind == 0 ? PerioMeasureSequenceType.PROBING
            : PerioMeasureSequenceType.BLEED_SUP_PLAQ_CALC, firstTooth + tooth, -1,
            f[0], f[1], f[2], l[0], l[1], l[2], null));
      }
    }
    return out;
  }

  private static int[] site(int[][] row, int kind, int tooth) {
    if (row == null) {
      return new int[] {-1, -1, -1};
    }
    int[] values = row[kind];
    return new int[] {values[tooth * 3], values[tooth * 3 + 1], values[tooth * 3 + 2]};
  }
}
