package org.litmine.annotators.classify;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import org.litmine.annotators.lexicon.TsvResource;
import org.litmine.annotators.ner.BioMention;

/**
 * Tells a gene named as a status of patients or tumours ("EGFR mutation-positive NSCLC", "ALK-positive patients")
 * by the words right after it ({@code rules/cues/biomarker-status.tsv}), in the same token ("ALK-positive") or the
 * next ones. Such a gene is not a protein a drug acts on: the pharmacology model's effects are not taken for it.
 */
public final class BiomarkerStatus {

  /** The default cue file. */
  public static final String DEFAULT_CUES = "org/litmine/annotators/rules/cues/biomarker-status.tsv";
  private static final int WORDS_AFTER = 3;

  private final List<String> phrases;

  public BiomarkerStatus(List<String> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  public static BiomarkerStatus load(String location) {
    return new BiomarkerStatus(
        TsvResource.firstColumn(location).stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
  }

  /** Whether the words after the gene's mention say it is a status ("-positive", "mutant"). */
  public boolean describes(List<CoreLabel> tokens, BioMention gene) {
    String after = textAfter(tokens, gene).toLowerCase(Locale.ROOT).replaceAll("\\s*-\\s*", "-")
        .replaceFirst("^-", "");
    for (String phrase : phrases) {
      if (after.startsWith(phrase)
          && (after.length() == phrase.length() || !Character.isLetterOrDigit(after.charAt(phrase.length())))) {
        return true;
      }
    }
    return false;
  }

  /** The rest of the mention's last token after the mention, and the next few words, space-separated. */
  private static String textAfter(List<CoreLabel> tokens, BioMention gene) {
    StringBuilder after = new StringBuilder();
    int last = gene.tokenEnd() - 1;
    if (last >= 0 && last < tokens.size()) {
      CoreLabel token = tokens.get(last);
      String word = token.originalText() != null ? token.originalText() : token.word();
      int cut = gene.charEnd() - token.beginPosition();
      if (cut > 0 && cut < word.length()) {
        after.append(word.substring(cut));
      }
    }
    for (int i = gene.tokenEnd(); i < tokens.size() && i < gene.tokenEnd() + WORDS_AFTER; i++) {
      after.append(' ').append(tokens.get(i).word());
    }
    return after.toString().strip();
  }
}
