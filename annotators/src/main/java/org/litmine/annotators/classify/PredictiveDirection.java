package org.litmine.annotators.classify;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.relation.Effect;

/**
 * Which of the three predictive effects ({@code resistance}, {@code sensitizes}, {@code response}) a sentence states
 * for a gene–drug pair the predictive model accepted, from the cue words of the sentence (a lexicon of word → kind:
 * {@code reversal}, {@code resistance}, {@code loss}, {@code sensitivity}, {@code reduction}). A reversal
 * ("overcomes resistance", "sensitizes") is {@code sensitizes}; else a resistance word is {@code resistance}; a loss
 * of the gene with a sensitivity word ("knockdown of X increased sensitivity to Y") is {@code sensitizes}; anything
 * else is {@code response}. A sensitivity word right after a reduction word ("reduced sensitivity", "less
 * sensitive", "poor response") is a resistance word.
 */
public final class PredictiveDirection {

  enum Cue { REVERSAL, RESISTANCE, LOSS, SENSITIVITY, REDUCTION }

  /** How many words before a sensitivity word a reduction word turns it into resistance ("reduced drug sensitivity"). */
  private static final int REDUCTION_REACH = 2;

  private final Lexicon cues;

  public PredictiveDirection(Lexicon cues) {
    this.cues = cues;
  }

  public Effect of(CoreMap sentence) {
    Set<Cue> found = EnumSet.noneOf(Cue.class);
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int lastReduction = -REDUCTION_REACH - 1;
    for (int i = 0; i < tokens.size(); i++) {
      Set<Cue> cuesOfToken = cuesOf(tokens.get(i));
      if (cuesOfToken.contains(Cue.SENSITIVITY) && i - lastReduction <= REDUCTION_REACH) {
        cuesOfToken.remove(Cue.SENSITIVITY);
        cuesOfToken.add(Cue.RESISTANCE);
      }
      if (cuesOfToken.contains(Cue.REDUCTION)) {
        lastReduction = i;
      }
      found.addAll(cuesOfToken);
    }
    if (found.contains(Cue.REVERSAL)) {
      return Effect.SENSITIZES;
    }
    if (found.contains(Cue.RESISTANCE)) {
      return Effect.RESISTANCE;
    }
    if (found.contains(Cue.LOSS) && found.contains(Cue.SENSITIVITY)) {
      return Effect.SENSITIZES;
    }
    return Effect.RESPONSE;
  }

  private Set<Cue> cuesOf(CoreLabel token) {
    Set<Cue> cues = EnumSet.noneOf(Cue.class);
    lookup(token.word(), cues);
    if (token.lemma() != null) {
      lookup(token.lemma(), cues);
    }
    return cues;
  }

  private void lookup(String word, Set<Cue> found) {
    cues.lookup(word.toLowerCase(Locale.ROOT))
        .ifPresent(kinds -> kinds.forEach(k -> found.add(Cue.valueOf(k.toUpperCase(Locale.ROOT)))));
  }
}
