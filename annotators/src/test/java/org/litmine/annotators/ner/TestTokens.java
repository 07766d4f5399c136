package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.litmine.annotators.lexicon.LexiconSet;

/** Hand-built tokens and the small test lexicons, so matcher tests need no CoreNLP model. */
public final class TestTokens {

  private TestTokens() {}

  /** Tokens of a sentence whose tokens are separated by single spaces; "|" glues two tokens with no space. */
  public static List<CoreLabel> of(String spaced) {
    List<CoreLabel> tokens = new ArrayList<>();
    int offset = 0;
    for (String word : spaced.split(" ")) {
      String[] glued = word.split("\\|");
      for (String part : glued) {
        CoreLabel token = new CoreLabel();
        token.setWord(part);
        token.setValue(part);
        token.setOriginalText(part);
        token.setBeginPosition(offset);
        token.setEndPosition(offset + part.length());
        tokens.add(token);
        offset += part.length();
      }
      offset++;
    }
    return tokens;
  }

  /** Mentions as TYPE:text=id[+id], space-separated, as matcher tests compare them. */
  public static String describe(List<BioMention> mentions) {
    return mentions.stream().map(m -> m.type() + ":" + m.text() + "=" + String.join("+", m.ids()))
        .collect(java.util.stream.Collectors.joining(" "));
  }

  /** A matcher of the test lexicons with no vetoes, member names, gene words, unlisted drugs or chemical names. */
  public static EntityMatcher matcher() {
    return new EntityMatcher(lexicons(), ContextVetoes.none(), FamilyMemberNames.none(), GeneWordsInContext.none(),
        UnlistedDrugNames.none(), SystematicChemicalNames.none());
  }

  public static LexiconSet lexicons() {
    Properties props = new Properties();
    String dir = "org/litmine/annotators/testlex/";
    for (String file : List.of("genes.tsv", "drugs.tsv", "chemicals.tsv", "drug_classes.tsv", "cancers.tsv", "families.tsv",
        "receptor_genes.tsv", "receptor_families.tsv", "named_families.tsv", "class_targets.tsv")) {
      props.setProperty("bioentity." + file, dir + file);
    }
    return LexiconSet.load("bioentity", props);
  }
}
