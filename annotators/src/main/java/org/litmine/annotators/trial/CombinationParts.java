package org.litmine.annotators.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.lexicon.LexiconSet;
import org.litmine.annotators.ner.EntityType;

/**
 * The drugs of a regimen written as one hyphen-joined word ("gemcitabine-cisplatin", "carboplatin–paclitaxel",
 * "Dalotuzumab-MK0646"), which the entity annotators read as one name or as none: the parts of such a word (a dash
 * read as a hyphen), and of those the ones the annotators' drug lexicon lists whole. Only whole parts are looked up,
 * never a span of text. {@link TrialFactAnnotator} reads them as {@link TrialFact.Kind#DRUG_PART} facts.
 */
public final class CombinationParts {

  /** A part of a hyphen-joined word: its span in the text and the part as written. */
  public record Part(int start, int end, String text) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'-]*[\\p{L}\\p{N}])?");

  private final Lexicon drugs;

  public CombinationParts(Lexicon drugs) {
    this.drugs = drugs;
  }

  /** With the annotators' drug lexicon ({@link EntityType#DRUG}'s files), as {@link LexiconSet} loads it. */
  public static CombinationParts load() {
    return load(EntityType.DRUG.lexiconFiles().stream().map(f -> LexiconSet.RESOURCE_DIR + f).toList());
  }

  /** With the drug lexicon of these files (class path or file system). */
  public static CombinationParts load(List<String> lexiconFiles) {
    return new CombinationParts(Lexicon.load(lexiconFiles));
  }

  /** The parts of the hyphen-joined words of {@code text}, left to right (no empty part: "cisplatin--vinorelbine"). */
  public static List<Part> parts(String text) {
    List<Part> parts = new ArrayList<>();
    Matcher word = WORD.matcher(TrialFact.foldDashes(text));
    while (word.find()) {
      if (word.group().indexOf('-') < 0) {
        continue;
      }
      int from = word.start();
      for (String part : word.group().split("-")) {
        int start = from;
        from = start + part.length() + 1;
        if (!part.isEmpty()) {
          parts.add(new Part(start, start + part.length(), part));
        }
      }
    }
    return parts;
  }

  /** The lexicon's id of a drug a part names, where the lexicon lists the part whole. */
  public Optional<String> drug(String part) {
    return drugs.lookup(part).map(ids -> ids.get(0));
  }
}
