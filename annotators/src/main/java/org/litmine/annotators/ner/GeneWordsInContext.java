package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * Gene names that are also English words, written in lower case where the context says a gene is meant: "snail"
 * and "slug" (listed case-sensitively as "Snail", "Slug") in "smad, zeb1/2, snail, slug, and twist" or "promotes
 * slug expression".
 *
 * <p>A lower-case word of four letters or more that no mention covers is a gene if the gene lexicon lists it, in
 * another letter case, as a mixed-case surface ({@link Lexicon#lookupFolded}), and either the next word marks a gene
 * (a word of {@code gene_word_contexts.tsv}: "expression", "mRNA", ...) or it stands in a list with a gene mention
 * (only commas, "and", "or" between them). All-capital surfaces ("ALL", "MET") are abbreviations, never matched so.
 */
public final class GeneWordsInContext {

  private static final Pattern LOWER_WORD = Pattern.compile("[a-z]{4,}");
  private static final Set<String> CONNECTORS = Set.of(",", "and", "or");

  private final Set<String> contextWords;

  private GeneWordsInContext(Set<String> contextWords) {
    this.contextWords = Set.copyOf(contextWords);
  }

  public static GeneWordsInContext none() {
    return new GeneWordsInContext(Set.of());
  }

  /** Reads the words that mark a gene after its name, one a line, from a classpath resource. */
  public static GeneWordsInContext load(String location) {
    Set<String> words = new HashSet<>();
    TsvResource.read(location, cols -> words.add(cols[0].strip().toLowerCase(Locale.ROOT)));
    return new GeneWordsInContext(words);
  }

  /** The lower-case gene words of a sentence, given the mentions found so far. */
  public List<BioMention> find(List<CoreLabel> tokens, Lexicon genes, List<BioMention> mentions) {
    List<BioMention> found = new ArrayList<>();
    if (contextWords.isEmpty()) {
      return found;
    }
    boolean added = true;
    while (added) {  // a list is read until no more of its words turn out to be genes
      added = false;
      for (int i = 0; i < tokens.size(); i++) {
        final int t = i;
        String word = tokens.get(i).originalText();
        if (!LOWER_WORD.matcher(word).matches() || covered(mentions, t) || covered(found, t)) {
          continue;
        }
        Optional<List<String>> ids = genes.lookupFolded(word);
        if (ids.isPresent() && (markedAfter(tokens, t) || listedWithGene(tokens, t, mentions, found))) {
          found.add(new BioMention(EntityType.GENE, word, ids.get(), t, t + 1, tokens.get(t).beginPosition(),
              tokens.get(t).endPosition()));
          added = true;
        }
      }
    }
    return found;
  }

  private boolean markedAfter(List<CoreLabel> tokens, int t) {
    return t + 1 < tokens.size() && contextWords.contains(tokens.get(t + 1).originalText().toLowerCase(Locale.ROOT));
  }

  private static boolean listedWithGene(List<CoreLabel> tokens, int t, List<BioMention> mentions,
      List<BioMention> found) {
    for (int step : new int[] {-1, 1}) {
      int j = t + step;
      int connectors = 0;
      while (j >= 0 && j < tokens.size() && CONNECTORS.contains(tokens.get(j).originalText().toLowerCase(Locale.ROOT))) {
        j += step;
        connectors++;
      }
      if (connectors > 0 && j >= 0 && j < tokens.size() && (isGene(mentions, j) || isGene(found, j))) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(List<BioMention> mentions, int t) {
    return mentions.stream().anyMatch(m -> m.covers(t));
  }

  private static boolean isGene(List<BioMention> mentions, int t) {
    return mentions.stream().anyMatch(m -> m.type() == EntityType.GENE && m.covers(t));
  }
}
