package dev.odgen.samples.app.demo;

import java.math.BigDecimal;
import java.util.List;

/** The procedure codes of the demo practice, with its own short descriptions and standard fees. */
final class ProcedureCodes {
  /** One code: its time pattern is Open Dental's, one character per five minutes. */
  record Code(String code, String descript, String abbr, String category, String procTime, String fee) {
    BigDecimal amount() {
      return new BigDecimal(fee);
    }
  }

  static final String EXAMS = "Exams & X-Rays";
  static final String CLEANINGS = "Cleanings";
  static final String FILLINGS = "Fillings";
  static final String CROWNS = "Crowns";
  static final String ENDO = "Endodontics";
  static final String PERIO = "Periodontics";
  static final String SURGERY = "Oral Surgery";
  static final String MISC = "Miscellaneous";

  static final List<String> CATEGORIES = List.of(EXAMS, CLEANINGS, FILLINGS, CROWNS, ENDO, PERIO, SURGERY, MISC);

  static final List<Code> ALL = List.of(
      new Code("D0120", "Periodic exam", "PerEx", EXAMS, "/X/", "58.00"),
      new Code("D0140", "Limited exam, one problem", "LimEx", EXAMS, "/X/", "85.00"),
      new Code("D0150", "Comprehensive exam", "CompEx", EXAMS, "/XX/", "105.00"),
      new Code("D0210", "Full mouth x-ray series", "FMX", EXAMS, "/XX/", "140.00"),
      new Code("D0272", "Bitewing x-rays, two", "2BW", EXAMS, "/X/", "52.00"),
      new Code("D0274", "Bitewing x-rays, four", "4BW", EXAMS, "/X/", "72.00"),
      new Code("D0330", "Panoramic x-ray", "Pano", EXAMS, "/X/", "120.00"),
      new Code("D1110", "Adult cleaning", "Pro", CLEANINGS, "/XXXX/", "98.00"),
      new Code("D1120", "Child cleaning", "ProCh", CLEANINGS, "/XXX/", "70.00"),
      new Code("D1206", "Fluoride varnish", "Flo", CLEANINGS, "/", "38.00"),
      new Code("D1351", "Sealant, one tooth", "Seal", CLEANINGS, "/X/", "48.00"),
      new Code("D2140", "Amalgam filling, one surface", "A1", FILLINGS, "/XX/", "130.00"),
      new Code("D2391", "Composite filling, back tooth, one surface", "C1", FILLINGS, "/XXX/", "165.00"),
      new Code("D2392", "Composite filling, back tooth, two surfaces", "C2", FILLINGS, "/XXXX/", "210.00"),
      new Code("D2740", "Ceramic crown", "CrnCer", CROWNS, "/XXXXXXXX/", "1150.00"),
      new Code("D2950", "Core build-up", "BU", CROWNS, "/XXX/", "285.00"),
      new Code("D3330", "Root canal, molar", "RCTMol", ENDO, "/XXXXXXXXXX/", "1050.00"),
      new Code("D4341", "Deep cleaning, one quadrant", "SRP", PERIO, "/XXXXX/", "235.00"),
      new Code("D4355", "Full mouth debridement", "FMD", PERIO, "/XXXXX/", "165.00"),
      new Code("D4910", "Periodontal maintenance", "PerMnt", PERIO, "/XXXXX/", "135.00"),
      new Code("D7140", "Extraction, erupted tooth", "Ext", SURGERY, "/XXX/", "190.00"),
      new Code("D9986", "Missed appointment", "Missed", MISC, "/", "50.00"),
      new Code("D9987", "Appointment cancelled at short notice", "Cancel", MISC, "/", "35.00"),
      // the code that marks a procedure as a group note (POST /procedurelogs/GroupNote needs it)
      new Code("~GRP~", "Group Note", "GrpNote", MISC, "/", "0.00"));

  private ProcedureCodes() {
  }

  static Code of(String code) {
    return ALL.stream().filter(c -> c.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo procedure code " + code));
  }
}
