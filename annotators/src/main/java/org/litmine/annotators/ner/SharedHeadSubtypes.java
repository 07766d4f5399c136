package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.litmine.annotators.lexicon.Lexicon;

/**
 * Receptor subtypes coordinated before one head noun: "D2 and D3 receptors", "H1, H2 and H3 receptors",
 * "D2/D3 receptors", "β1- and β2-adrenoceptors". The last subtype is a mention with its head ("D3 receptors");
 * each code before it ("D2", "β1-") is a gene when the code and the head noun together name one ("D2 receptor" →
 * DRD2), though the code alone is not a name.
 *
 * <p>The head nouns are the {@code shared-head} rows of the token affix lexicon, singular and plural.
 */
final class SharedHeadSubtypes {

  private static final String SHARED_HEAD = "shared-head";
  private static final Set<String> CONNECTORS = Set.of(",", "and", "or", "and/or", "/");

  private final Lexicon affixes;

  SharedHeadSubtypes(Lexicon affixes) {
    this.affixes = affixes;
  }

  /** The coordinated subtypes of a sentence, given its mentions. */
  List<BioMention> find(List<CoreLabel> tokens, Lexicon genes, List<BioMention> mentions) {
    List<BioMention> found = new ArrayList<>();
    for (BioMention m : mentions) {
      String last = tokens.get(m.tokenEnd() - 1).originalText().toLowerCase(Locale.ROOT);
      String head = last.substring(last.lastIndexOf('-') + 1);  // "beta1-adrenoceptors" is one token
      if ((m.type() != EntityType.GENE && m.type() != EntityType.FAMILY) || !isHead(head)) {
        continue;
      }
      String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
      int j = m.tokenBegin() - 1;
      while (j >= 1 && CONNECTORS.contains(tokens.get(j).originalText().toLowerCase(Locale.ROOT))) {
        final int code = "-".equals(tokens.get(j - 1).originalText()) && j >= 2 ? j - 2 : j - 1;  // "β1 -"
        if (mentions.stream().anyMatch(o -> o.covers(code))) {
          break;
        }
        Optional<BioMention> subtype = subtype(tokens.get(code), code, singular, genes);
        if (subtype.isEmpty()) {
          break;
        }
        found.add(subtype.get());
        j = code - 1;
      }
    }
    return found;
  }

  private Optional<BioMention> subtype(CoreLabel token, int index, String head, Lexicon genes) {
    String code = token.originalText();
    String bare = code.endsWith("-") ? code.substring(0, code.length() - 1) : code;
    if (bare.isEmpty()) {
      return Optional.empty();
    }
    return genes.lookup(bare + " " + head).or(() -> genes.lookup(bare + "-" + head)).map(ids ->
        new BioMention(EntityType.GENE, bare, ids, index, index + 1, token.beginPosition(),
            token.beginPosition() + bare.length()));
  }

  private boolean isHead(String word) {
    return affixes.lookup(word).map(ids -> ids.contains(SHARED_HEAD)).orElse(false);
  }
}
