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
    if (!lettered(s)) {
      s = s.replaceFirst("(?:\\s+(?:treatment\\s+)?(?:groups?|arms?|patients|alone|monotherapy))+$", "");
    }
    return s.strip();
  }

  /**
   * Whether two labels name one arm in fewer or more words: the normalized words of one end the other's ("24 mg" and
   * "lenvatinib 24 mg", a hyphen read as a space: "the 60-mg arm" and "cabozantinib 60 mg"), neither a lettered arm's.
   */
  static boolean sameArm(String a, String b) {
    String x = normalize(a).replace('-', ' ');
    String y = normalize(b).replace('-', ' ');
    if (x.isEmpty() || y.isEmpty() || lettered(x) || lettered(y)) {
      return false;
    }
    return x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x);
  }

  /** Whether a lower-case label is a lettered arm's ("arm a", "arm 2"), which stays as it is. */
  private static boolean lettered(String label) {
    return label.matches("arm [a-z0-9]{1,2}");
  }
}
