package dev.odgen.samples.app.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkstationTest {
  @Test
  void aBlankWorkstationMeansEveryMachine() {
    assertTrue(Workstation.serves("", "frontdesk"));
    assertTrue(Workstation.serves(null, "frontdesk"));
    assertTrue(Workstation.serves("  ", "frontdesk"));
  }

  @Test
  void namesMatchIgnoringCaseAndTheDomain() {
    assertTrue(Workstation.serves("FRONTDESK", "frontdesk"));
    assertTrue(Workstation.serves("frontdesk", "frontdesk.office.example"));
    assertTrue(Workstation.serves("frontdesk.office.example", "FrontDesk.office.example"));
    assertFalse(Workstation.serves("BACKOFFICE", "frontdesk"));
    assertFalse(Workstation.serves("front", "frontdesk"));
  }
}
