package org.litmine.annotators.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.BioAnnotations;

class DefinitionAnnotatorTest {

  private final EntityMatcher matcher = TestTokens.matcher();

  private Annotation paper(String... spacedSentences) {
    List<CoreMap> sentences = new ArrayList<>();
    for (String spaced : spacedSentences) {
      List<CoreLabel> tokens = TestTokens.of(spaced);
      CoreMap sentence = new ArrayCoreMap();
      sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      sentence.set(BioAnnotations.BioMentionsAnnotation.class, matcher.find(tokens));
      sentences.add(sentence);
    }
    Annotation annotation = new Annotation("");
    annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    new DefinitionAnnotator().annotate(annotation);
    return annotation;
  }

  private static String drugs(Annotation annotation, int sentence) {
    return annotation.get(CoreAnnotations.SentencesAnnotation.class).get(sentence)
        .get(BioAnnotations.BioMentionsAnnotation.class).stream()
        .filter(m -> m.type() == EntityType.DRUG)
        .map(m -> m.text() + "=" + String.join("+", m.ids()))
        .collect(Collectors.joining(" "));
  }

  @Test
  void aCodeNameIsItselfUntilThePaperEquatesItWithAGenericName() {
    Annotation alone = paper("BMS-754807 was given");
    assertEquals("BMS-754807=bms754807", drugs(alone, 0));
    Annotation equated = paper("OSI-906 blocks growth", "linsitinib ( OSI-906 ) is a dual inhibitor");
    assertEquals("OSI-906=linsitinib", drugs(equated, 0));
    assertEquals("linsitinib=linsitinib OSI-906=linsitinib", drugs(equated, 1));
  }

  @Test
  void anAbbreviationDefinedOnceNamesTheEntityEverywhere() {
    Annotation annotation = paper("cells resistant to TMZ", "temozolomide ( TMZ ) was added");
    assertEquals("TMZ=temozolomide", drugs(annotation, 0));
    assertEquals("DRUG",
        annotation.get(CoreAnnotations.SentencesAnnotation.class).get(0)
            .get(CoreAnnotations.TokensAnnotation.class).get(3).ner(), "the new mention's token is tagged");
  }

  @Test
  void aClassesAbbreviationNamesThePapersClass() {
    Annotation annotation = paper("EGFR tyrosine kinase inhibitors ( TKIs ) are standard", "resistance to TKIs arises");
    assertEquals("DRUG_CLASS:TKIs=egfr inhibitor", classes(annotation, 1));
    assertEquals("DRUG_CLASS:TKIs=tyrosine kinase inhibitor", classes(paper("resistance to TKIs arises"), 0),
        "no definition: the lexicon's reading");
  }

  private static String classes(Annotation annotation, int sentence) {
    return annotation.get(CoreAnnotations.SentencesAnnotation.class).get(sentence)
        .get(BioAnnotations.BioMentionsAnnotation.class).stream()
        .filter(m -> m.type() == EntityType.DRUG_CLASS)
        .map(m -> m.type() + ":" + m.text() + "=" + String.join("+", m.ids()))
        .collect(Collectors.joining(" "));
  }

  private static String drugLike(Annotation annotation, int sentence) {
    return annotation.get(CoreAnnotations.SentencesAnnotation.class).get(sentence)
        .get(BioAnnotations.BioMentionsAnnotation.class).stream()
        .filter(m -> m.type().isDrugLike())
        .map(m -> m.type() + ":" + m.text() + "=" + String.join("+", m.ids()))
        .collect(Collectors.joining(" "));
  }

  @Test
  void thePapersDefinitionOfAnAbbreviationWinsOverTheLexicon() {
    Annotation annotation = paper("cells with a doxycycline - ( Dox - ; 1 ug/ml ) inducible vector", "Dox induced MYC");
    assertEquals("CHEMICAL:doxycycline=doxycycline CHEMICAL:Dox=doxycycline", drugLike(annotation, 0));
    assertEquals("CHEMICAL:Dox=doxycycline", drugLike(annotation, 1));
    Annotation plain = paper("doxycycline ( Dox ) was added", "Dox induced MYC");
    assertEquals("CHEMICAL:Dox=doxycycline", drugLike(plain, 1));
    Annotation undefined = paper("Dox induced apoptosis");
    assertEquals("DRUG:Dox=doxorubicin", drugLike(undefined, 0), "no definition: the lexicon's reading");
  }

  @Test
  void bracketsThatDoNotAbbreviateTheNameDefineNothing() {
    Annotation annotation = paper("cisplatin ( Figure 2 ) and TMZ", "temozolomide ( MCF7 ) cells and MCF7");
    assertEquals("cisplatin=cisplatin", drugs(annotation, 0));
    assertEquals("temozolomide=temozolomide", drugs(annotation, 1));
  }

  private static String all(Annotation annotation, int sentence) {
    return TestTokens.describe(annotation.get(CoreAnnotations.SentencesAnnotation.class).get(sentence)
        .get(BioAnnotations.BioMentionsAnnotation.class));
  }

  @Test
  void anAbbreviationThePaperDefinesAsSomethingElseIsNoGene() {
    Annotation defined = paper("8 patients had a partial response ( PR )", "PR was seen in 3 of 10");
    assertEquals("", all(defined, 0));
    assertEquals("", all(defined, 1));
    assertEquals("O", defined.get(CoreAnnotations.SentencesAnnotation.class).get(1)
        .get(CoreAnnotations.TokensAnnotation.class).get(0).ner());
    Annotation after = paper("PR ( partial response ) was seen in 3 of 10");
    assertEquals("", all(after, 0));
    Annotation gene = paper("PR and EGFR were expressed");
    assertEquals("GENE:PR=PGR GENE:EGFR=EGFR", all(gene, 0), "no definition: the lexicon's reading");
    Annotation notInitials = paper("tumours that grew ( PR ) and EGFR");
    assertEquals("GENE:PR=PGR GENE:EGFR=EGFR", all(notInitials, 0));
  }

  @Test
  void anUngroundedNameTakesTheIdOfTheEntityThePaperDefinesItAs() {
    List<CoreMap> sentences = new ArrayList<>();
    for (String spaced : List.of("EGFR ( XR1 ) binds", "XR1 was phosphorylated")) {
      List<CoreLabel> tokens = TestTokens.of(spaced);
      List<BioMention> mentions = new ArrayList<>(matcher.find(tokens));
      int x = spaced.startsWith("EGFR") ? 2 : 0;
      mentions.add(BioMention.ungrounded(EntityType.GENE, "XR1", x, x + 1, tokens.get(x).beginPosition(),
          tokens.get(x).endPosition()));
      mentions.sort(java.util.Comparator.comparingInt(BioMention::tokenBegin));
      CoreMap sentence = new ArrayCoreMap();
      sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      sentence.set(BioAnnotations.BioMentionsAnnotation.class, mentions);
      sentences.add(sentence);
    }
    Annotation annotation = new Annotation("");
    annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    new DefinitionAnnotator().annotate(annotation);
    assertEquals("GENE:XR1=EGFR", all(annotation, 1));
    assertEquals(true, annotation.get(CoreAnnotations.SentencesAnnotation.class).get(1)
        .get(BioAnnotations.BioMentionsAnnotation.class).get(0).grounded());
  }
}
