package dev.odgen.spec.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaIdentifiersTest {

  @Test
  void lowerCamelLowersTheLeadingCapitals() {
    assertEquals("aptNum", JavaIdentifiers.lowerCamel("AptNum"));
    assertEquals("adaCode", JavaIdentifiers.lowerCamel("ADACode"));
    assertEquals("ssn", JavaIdentifiers.lowerCamel("SSN"));
    assertEquals("dateTStamp", JavaIdentifiers.lowerCamel("DateTStamp"));
    assertEquals("bal_0_30", JavaIdentifiers.lowerCamel("Bal_0_30"));
    assertEquals("serverDateTime", JavaIdentifiers.lowerCamel("serverDateTime"));
  }

  @Test
  void lowerCamelJoinsWordsSeparatedByOtherCharacters() {
    assertEquals("notAccepted", JavaIdentifiers.lowerCamel("Not Accepted"));
    assertEquals("lName", JavaIdentifiers.lowerCamel("L-Name"));
  }

  @Test
  void fieldNameMakesKeywordsAndLeadingDigitsLegal() {
    assertEquals("_break", JavaIdentifiers.fieldName("break"));
    assertEquals("_class", JavaIdentifiers.fieldName("Class"));
    assertEquals("_null", JavaIdentifiers.fieldName("null"));
    assertEquals("_2fa", JavaIdentifiers.fieldName("2fa"));
    assertEquals("record", JavaIdentifiers.fieldName("Record"));
  }

  @Test
  void theLowerCaseTwinOfACapitalisedNameGetsTheLabelSuffix() {
    assertEquals(List.of("confirmed", "confirmedLabel", "aptNum"),
        JavaIdentifiers.memberNames(List.of("Confirmed", "confirmed", "AptNum")));
    assertEquals(List.of("confirmedLabel", "confirmed"),
        JavaIdentifiers.memberNames(List.of("confirmed", "Confirmed")));
  }

  @Test
  void namesThatOnlyDifferInCapitalsOfTwoCapitalisedNamesStillClash() {
    assertEquals(List.of("lName", "lName"), JavaIdentifiers.memberNames(List.of("LName", "L-Name")));
  }

  @Test
  void typeNamesMustBeIdentifiersButNoRestrictedOnes() {
    assertTrue(JavaIdentifiers.isValidTypeName("Appointment"));
    assertFalse(JavaIdentifiers.isValidTypeName("Appointment Type"));
    assertFalse(JavaIdentifiers.isValidTypeName("record"));
    assertFalse(JavaIdentifiers.isValidTypeName("Class".toLowerCase(java.util.Locale.ROOT)));
    assertTrue(JavaIdentifiers.isValidIdentifier("record"));
  }
}
