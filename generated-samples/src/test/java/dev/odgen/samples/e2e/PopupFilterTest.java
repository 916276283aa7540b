package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.odgen.samples.opendental.entity.EnumPopupLevel;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.entity.PopupPatch;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /popups?PatNum=} (a custom filter) on each backend: the popups that show for a patient, from the
 * patient, the family and the super family, active or disabled, never the archived copies.
 */
@EndToEnd
class PopupFilterTest {
  private static LiveServer server;
  private static OpenDentalServer daos;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
    daos = server.server();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aPatientSeesItsOwnTheFamilysAndTheSuperFamilysPopups() {
    long g = patient("Gina");      // guarantor of family A and head of the super family
    long m = patient("Milo");      // in family A
    long h = patient("Hana");      // guarantor of family B, in g's super family
    long o = patient("Otto");      // alone
    household(g, g, g);
    household(m, g, g);
    household(h, h, g);
    household(o, o, 0);
    ColumnWriter columns = new ColumnWriter(server.database());

    long gOwn = popup(g, EnumPopupLevel.PATIENT);
    long mOwn = popup(m, EnumPopupLevel.PATIENT);
    long mFamily = popup(m, EnumPopupLevel.FAMILY);
    long hFamily = popup(h, EnumPopupLevel.FAMILY);
    long hSuper = popup(h, EnumPopupLevel.SUPER_FAMILY);
    long oFamily = popup(o, EnumPopupLevel.FAMILY);
    long gDisabled = daos.daos().popups().insert(PopupPatch.builder().patNum(g).description("disabled")
        .popupLevel(EnumPopupLevel.PATIENT).dateTimeDisabled(LocalDateTime.of(2020, 1, 1, 8, 0)).build());
    columns.set("popup", "PopupNum", gDisabled, Map.of("IsDisabled", true));
    long gArchived = popup(g, EnumPopupLevel.PATIENT);
    columns.set("popup", "PopupNum", gArchived, Map.of("IsArchived", true, "PopupNumArchive", gOwn));
    long oSuper = popup(o, EnumPopupLevel.SUPER_FAMILY);

    assertEquals(List.of(gOwn, mFamily, hSuper, gDisabled), popupsOf(g));
    assertEquals(List.of(mOwn, mFamily, hSuper), popupsOf(m));
    assertEquals(List.of(hFamily, hSuper), popupsOf(h));
    assertEquals(List.of(oFamily, oSuper), popupsOf(o));
  }

  @Test
  void anUnknownPatientIs404AndAPatNumThatIsNoNumberIs400() {
    server.api().get("/popups", Map.of("PatNum", "987654")).expectError(404, "Patient");
    server.api().get("/popups", Map.of("PatNum", "abc")).expectError(400, "PatNum");
  }

  private static long patient(String fName) {
    return daos.daos().patients().insert(PatientPatch.builder().lName("Popper").fName(fName).build());
  }

  private static void household(long patNum, long guarantor, long superFamily) {
    daos.daos().patients().update(patNum, PatientPatch.builder().guarantor(guarantor).superFamily(superFamily).build());
  }

  private static long popup(long patNum, EnumPopupLevel level) {
    return daos.daos().popups().insert(PopupPatch.builder().patNum(patNum).description(level + " of " + patNum)
        .popupLevel(level).build());
  }

  private static List<Long> popupsOf(long patNum) {
    return Listing.ids(Listing.all(server.api(), "/popups", Map.of("PatNum", Long.toString(patNum))), "PopupNum");
  }
}
