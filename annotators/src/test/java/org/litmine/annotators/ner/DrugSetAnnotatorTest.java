package org.litmine.annotators.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.BioAnnotations;

class DrugSetAnnotatorTest {

  private static final DrugSetAnnotator ANNOTATOR = new DrugSetAnnotator("biodrugsets", new Properties());

  /**
   * The drug set mentions of a sentence whose words are separated by spaces; a word written "word=id" is a drug
   * mention of that id (ids joined by "+").
   */
  private static String drugSets(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    List<BioMention> mentions = new ArrayList<>();
    int offset = 0;
    for (String w : text.split(" ")) {
      String[] parts = w.split("=");
      CoreLabel token = new CoreLabel();
      token.setWord(parts[0]);
      token.setOriginalText(parts[0]);
      token.setBeginPosition(offset);
      token.setEndPosition(offset + parts[0].length());
      token.setNER("O");
      if (parts.length > 1) {
        mentions.add(new BioMention(EntityType.DRUG, parts[0], List.of(parts[1].split("\\+")), tokens.size(),
            tokens.size() + 1, offset, offset + parts[0].length()));
      }
      tokens.add(token);
      offset += parts[0].length() + 1;
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    sentence.set(BioAnnotations.BioMentionsAnnotation.class, mentions);
    Annotation annotation = new Annotation(text);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    ANNOTATOR.annotate(annotation);
    return sentence.get(BioAnnotations.BioMentionsAnnotation.class).stream().filter(m -> m.text().contains(" "))
        .map(m -> m.text() + "=" + String.join("+", m.ids())).collect(Collectors.joining("; "));
  }

  @Test
  void aPhraseNamingTheDrugsNamedBeforeItIsAMentionOfThem() {
    assertEquals("both agents=apixaban+rivaroxaban",
        drugSets("Apixaban=apixaban and rivaroxaban=rivaroxaban inhibit F10 , and P-gp limits both agents ."));
    assertEquals("all three agents=gefitinib+erlotinib+afatinib", drugSets("Gefitinib=gefitinib , "
        + "erlotinib=erlotinib and afatinib=afatinib inhibit EGFR , but C797S resists all three agents ."));
    assertEquals("these inhibitors=gefitinib+erlotinib+afatinib", drugSets("Gefitinib=gefitinib , "
        + "erlotinib=erlotinib and afatinib=afatinib inhibit EGFR , and MET amplification resists these inhibitors ."));
  }

  @Test
  void aNumberTakesTheLastDrugsNamedAndTheSameDrugCountsOnce() {
    assertEquals("both drugs=osimertinib+lazertinib", drugSets("Gefitinib=gefitinib failed , whereas "
        + "osimertinib=osimertinib ( AZD9291=osimertinib ) and lazertinib=lazertinib worked ; C797S resists "
        + "both drugs ."));
  }

  @Test
  void tooFewDrugsBeforeThePhraseOrNoHeadNounMakeNoMention() {
    assertEquals("", drugSets("Osimertinib=osimertinib inhibits EGFR , and C797S resists both drugs ."));
    assertEquals("",
        drugSets("Osimertinib=osimertinib and lazertinib=lazertinib were both given daily ."));
    assertEquals("", drugSets("C797S resists all three agents , osimertinib=osimertinib and lazertinib=lazertinib ."));
  }
}
