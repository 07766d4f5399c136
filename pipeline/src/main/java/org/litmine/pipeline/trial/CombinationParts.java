package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.lexicon.LexiconSet;
import org.litmine.annotators.ner.EntityType;
import org.litmine.pipeline.trial.DrugMentions.Found;

/**
 * The drugs of a regimen written as one hyphen-joined word ("gemcitabine-cisplatin", "carboplatin-paclitaxel",
 * "Dalotuzumab-MK0646"), which the entity annotators read as one name or as none: each part of such a word that no
 * annotator mention covers and that the annotators' own drug lexicon ({@link EntityType#DRUG}'s files) lists whole.
 * Only whole parts of hyphen-joined words are looked up, never a span of text.
 */
final class CombinationParts {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'-]*[\\p{L}\\p{N}])?");

  private final Lexicon drugs;

  CombinationParts(Lexicon drugs) {
    this.drugs = drugs;
  }

  /** The annotators' drug lexicon, as {@link LexiconSet} loads it. */
  static CombinationParts load() {
    return new CombinationParts(Lexicon.load(
        EntityType.DRUG.lexiconFiles().stream().map(f -> LexiconSet.RESOURCE_DIR + f).toList()));
  }

  /**
   * The drugs named by parts of the hyphen-joined words of {@code text} that none of {@code mentions} (the drugs
   * recognized in it) overlaps, each as the lexicon's id with the part as written.
   */
  List<Found> find(String text, List<Found> mentions) {
    List<Found> found = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      if (word.group().indexOf('-') < 0) {
        continue;
      }
      int from = word.start();
      for (String part : word.group().split("-")) {
        int start = from;
        int end = from + part.length();
        from = end + 1;
        if (part.isEmpty() || mentions.stream().anyMatch(m -> m.start() < end && start < m.end())) {
          continue;
        }
        drugs.lookup(part).ifPresent(ids -> found.add(new Found(start, end, part, ids.get(0))));
      }
    }
    return found;
  }
}
