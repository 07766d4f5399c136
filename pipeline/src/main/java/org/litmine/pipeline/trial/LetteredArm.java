package org.litmine.pipeline.trial;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.trial.TrialFact;

/**
 * A lettered arm a sentence names ("arm A", "Arm 2", "group B", "cohort A"): one of the trial annotator's
 * {@link TrialFact.Kind#ARM_LETTER} facts (annotators' {@code rules/trial/arms.rules}, the one definition of a lettered
 * arm), with where its word ("arm", "group", "cohort") and its letter stand in the sentence, so that the own-trial
 * patterns read only what is written right before the word ({@code REGIMEN_LETTERED}: "gemcitabine and cisplatin (arm
 * A)") or right after the letter ({@code LETTERED_REGIMEN}: "arm A (carboplatin plus paclitaxel)";
 * {@code LETTERED_ARM_BRACKET}: "arm B (PC + D)").
 *
 * @param word the word before the letter, in lower case ("arm", "group", "cohort")
 * @param letter the letter or number as written ("A", "2")
 * @param wordBegin where the word begins (after "two-" of "two-arm")
 * @param letterBegin where the letter stands
 */
record LetteredArm(String word, String letter, int wordBegin, int letterBegin) {

  /** The name of a lettered arm as {@link #name} writes it: "arm A", "group 2", "arm II", "cohort B". */
  private static final Pattern NAME = Pattern.compile("(?i)(?:arm|group|cohort) (?:[A-D1-4]|III|II|IV|I)");

  /** The lettered arms of a sentence (or any text with its facts), in the order it names them. */
  static List<LetteredArm> in(TextWithFacts text) {
    return text.facts(TrialFact.Kind.ARM_LETTER).stream().flatMap(f -> of(text.text(), f).stream()).toList();
  }

  /**
   * The lettered arm an {@code ARM_LETTER} fact of {@code text} names: its word ("arm", "group", "cohort") ends where
   * the first space of the fact's span begins, its letter stands after that space. None where the fact's span is not so
   * written.
   */
  static Optional<LetteredArm> of(String text, TrialFact fact) {
    int begin = fact.charBegin();
    int end = fact.charEnd();
    if (begin < 0 || end > text.length()) {
      return Optional.empty();
    }
    int space = begin;
    while (space < end && !isSpace(text.charAt(space))) {
      space++;
    }
    int letter = space;
    while (letter < end && isSpace(text.charAt(letter))) {
      letter++;
    }
    int word = space;
    while (word > begin && Character.isLetter(text.charAt(word - 1))) {
      word--;
    }
    if (word == space || letter >= end || !text.startsWith(fact.value(), letter)) {
      return Optional.empty();
    }
    return Optional.of(new LetteredArm(text.substring(word, space).toLowerCase(Locale.ROOT), fact.value(), word,
        letter));
  }

  /** The arm's name as the readers write it: "arm A", "group B". */
  String name() {
    return word + " " + letter;
  }

  /** Whether a name is a lettered arm's ({@link #name}): "arm A", "Group 2". */
  static boolean isName(String name) {
    return NAME.matcher(name).matches();
  }

  /** The pattern matched at the start of what follows the letter in {@code text}, if it matches there. */
  Optional<Matcher> after(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text.substring(letterBegin + letter.length()));
    return m.lookingAt() ? Optional.of(m) : Optional.empty();
  }

  /** The pattern found in what precedes the word "arm" in {@code text}, if found. */
  Optional<Matcher> before(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text.substring(0, wordBegin));
    return m.find() ? Optional.of(m) : Optional.empty();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
