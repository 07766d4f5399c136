package org.litmine.pipeline.eval.trial;

import java.util.Locale;

/**
 * How arm labels are compared: "the Selumetinib group", "selumetinib alone", "selumetinib monotherapy" and "selumetinib"
 * are one arm; "Arm A" stays "arm a".
 */
final class ArmLabels {

  private ArmLabels() {}

  /**
   * The label lower-cased, without a leading "the" or a trailing "group", "arm", "patients", "alone" or
   * "monotherapy".
   */
  static String normalize(String label) {
    if (label == null) {
      return null;
    }
    String s = label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    s = s.replaceFirst("^the ", "");
    if (!s.matches("arm [a-z0-9]{1,2}")) {
      s = s.replaceFirst("(?:\\s+(?:treatment\\s+)?(?:groups?|arms?|patients|alone|monotherapy))+$", "");
    }
    return s.strip();
  }
}
