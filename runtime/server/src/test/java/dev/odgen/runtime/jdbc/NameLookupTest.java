package dev.odgen.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.odgen.runtime.server.BadRequestException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Names to ids for refs that travel by name: found, blank, ambiguous, unknown, and ids given as numbers. */
class NameLookupTest {
  private final H2Fixture h2 = new H2Fixture();
  private final NameLookup billingTypes = new NameLookup(
      "SELECT DefNum FROM definition WHERE LOWER(ItemName) = LOWER(?) AND Category = ? ORDER BY DefNum",
      "SELECT DefNum FROM definition WHERE DefNum = ? AND Category = ?",
      List.of(4), "BillingType", "Definitions", "ItemName", "DefNum", "Category BillingTypes");

  @BeforeEach
  void definitions() {
    h2.db.update("CREATE TABLE definition (DefNum bigint PRIMARY KEY, ItemName varchar(255), Category int)", List.of());
    h2.db.update("INSERT INTO definition VALUES (7, 'Standard Account', 4), (8, 'Collections', 4),"
        + " (9, 'Standard Account', 1), (10, 'Twice', 4), (11, 'Twice', 4), (12, '13', 4)", List.of());
  }

  @AfterEach
  void close() {
    h2.close();
  }

  @Test
  void aNameIsFoundIgnoringCaseAmongTheRowsMeetingTheConditions() {
    assertEquals(7L, billingTypes.id(h2.db, "standard ACCOUNT"));
    assertEquals(8L, billingTypes.id(h2.db, "Collections"));
  }

  @Test
  void blankAndZeroAreNoReferenceAndNullStaysNull() {
    assertEquals(0L, billingTypes.id(h2.db, ""));
    assertEquals(0L, billingTypes.id(h2.db, "0"));
    assertNull(billingTypes.id(h2.db, null));
  }

  @Test
  void anUnknownNameIsA400NamingTheFieldTheValueAndTheConditions() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> billingTypes.id(h2.db, "Foo"));
    assertEquals("BillingType: no Definitions row with ItemName 'Foo' (Category BillingTypes)", e.getMessage());
    assertEquals(List.of("BillingType"), e.fields());
  }

  @Test
  void aNameTwoRowsShareIsAmbiguous() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> billingTypes.id(h2.db, "twice"));
    assertEquals("BillingType: 'twice' is ambiguous: 2 Definitions rows have ItemName 'twice' (Category BillingTypes)"
        + " (DefNum [10, 11]); rename all but one, or send the DefNum", e.getMessage());
  }

  @Test
  void aWholeNumberIsTheIdOfARowMeetingTheConditionsUnlessItIsAName() {
    assertEquals(8L, billingTypes.id(h2.db, "8"));
    assertEquals(12L, billingTypes.id(h2.db, "13"), "a name that is a number wins over the id");
    BadRequestException otherCategory = assertThrows(BadRequestException.class, () -> billingTypes.id(h2.db, "9"));
    assertEquals("BillingType: no Definitions row with ItemName '9' or DefNum 9 (Category BillingTypes)",
        otherCategory.getMessage());
    for (String notAnId : List.of("08", "+8", " 8", "8.0")) {
      assertThrows(BadRequestException.class, () -> billingTypes.id(h2.db, notAnId), notAnId);
    }
  }

  @Test
  void withoutATargetTableOnlyAPlainIdIsTaken() {
    assertEquals(42L, NameLookup.wholeNumber("BillingType", "42"));
    assertEquals(0L, NameLookup.wholeNumber("BillingType", ""));
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> NameLookup.wholeNumber("BillingType", "Standard Account"));
    assertEquals("BillingType: 'Standard Account' is not an id, and names cannot be looked up here", e.getMessage());
  }
}
