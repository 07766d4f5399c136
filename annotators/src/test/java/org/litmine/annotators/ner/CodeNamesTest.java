package org.litmine.annotators.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeNamesTest {

  @Test
  void recognizesCompanyCodeNames() {
    for (String code : new String[] {"BMS-754807", "OSI-906", "MK-0646", "AMG 479", "CP-751,871", "NVP-BYL719",
        "R1507", "BYL719", "IMC-A12", "BI 836845", "SCH772984", "GSK1838705A", "CT-707"}) {
      assertTrue(CodeNames.isCode(code), code);
    }
  }

  @Test
  void abbreviationsNamesAndGenesAreNotCodeNames() {
    for (String other : new String[] {"5-FU", "5FU", "linsitinib", "cisplatin", "IGF-IR", "p53", "JQ1", "T-DM1"}) {
      assertFalse(CodeNames.isCode(other), other);
    }
  }

  @Test
  void anElementWithItsMassNumberIsNoCodeName() {
    for (String nuclide : new String[] {"Radium-223", "Iodine-131", "Xenon133", "radium-223"}) {
      assertFalse(CodeNames.isCode(nuclide), nuclide);
    }
    assertTrue(CodeNames.isCode("Ro 31-8220"), "a code whose letters are no element");
  }

  @Test
  void normalizesToLowerCaseWithoutPunctuation() {
    assertEquals("bms754807", CodeNames.normalize("BMS-754807"));
    assertEquals("cp751871", CodeNames.normalize("CP-751,871"));
    assertEquals("amg479", CodeNames.normalize("AMG 479"));
  }
}
