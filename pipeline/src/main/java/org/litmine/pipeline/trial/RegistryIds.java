package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trial registry identifiers validated by form: ClinicalTrials.gov {@code NCT} plus eight digits, {@code ISRCTN}
 * plus eight digits, and EudraCT numbers ({@code 2004-123456-12}, written with or without the word "EudraCT").
 * A longer digit run ("NCT001234567") is not an identifier. Identifiers are returned as written, with an EudraCT
 * number prefixed by "EudraCT ".
 */
public final class RegistryIds {

  private static final Pattern ID = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:(NCT\\s?\\d{8})|(ISRCTN\\s?\\d{8})|(?:EudraCT(?:\\s+(?:No\\.?|number|Number))?[\\s:]*)"
          + "((?:19|20)\\d{2}-\\d{6}-\\d{2}))(?![\\p{N}])");

  private RegistryIds() {}

  /** The distinct identifiers in text, in order of first appearance. */
  public static List<String> find(String text) {
    List<String> ids = new ArrayList<>();
    Matcher m = ID.matcher(TrialText.fold(text));
    while (m.find()) {
      String id;
      if (m.group(1) != null) {
        id = m.group(1).replace(" ", "");
      } else if (m.group(2) != null) {
        id = m.group(2).replace(" ", "");
      } else {
        id = "EudraCT " + m.group(3);
      }
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }
}
