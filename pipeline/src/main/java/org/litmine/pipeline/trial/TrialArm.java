package org.litmine.pipeline.trial;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One arm of a reported trial: its label as the paper writes it ("Arm A", "XELIRI"), its regimen (normalized
 * agents, in order) and its number of patients, if stated.
 */
record TrialArm(String label, List<String> regimen, Integer participants) {

  TrialArm {
    regimen = List.copyOf(regimen);
  }

  TrialArm withRegimen(List<String> agents) {
    return new TrialArm(label, agents, participants);
  }

  TrialArm withParticipants(Integer n) {
    return new TrialArm(label, regimen, n);
  }

  /** Whether text names this arm ("arm A", "the XELIRI arm"): the label as a whole word, case-insensitive. */
  boolean namedIn(String text) {
    return pattern().matcher(text).find();
  }

  /** Whether a result's arm phrase ("XELIRI", "the FOLFIRI arm", "arm B") is this arm. */
  boolean is(String armPhrase) {
    String phrase = armPhrase.replaceAll("(?i)^the\\s+|\\s+(?:arm|group|regimen)s?$", "").strip();
    return phrase.equalsIgnoreCase(label) || phrase.equalsIgnoreCase(label.replaceFirst("(?i)^arm\\s+", ""))
        && label.toLowerCase().startsWith("arm ");
  }

  Pattern pattern() {
    return Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(label).replace(" ", "\\E\\s+\\Q")
        + "(?![\\p{L}\\p{N}])");
  }
}
