package org.litmine.annotators.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.BioNlp;

/**
 * What is and is not tagged among strings that are both entity names and ordinary words or abbreviations, with
 * the real models and the bundled lexicons. Each row: a sentence and the mentions it must yield, written as
 * TYPE:text=id, in order (empty when none).
 */
class AmbiguityIT {

  private static BioNlp nlp;

  @BeforeAll
  static void load() {
    nlp = new BioNlp();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Patients with ALL received imatinib.                                   | CANCER:ALL=acute lymphoblastic leukemia DRUG:imatinib=imatinib
      All cells were treated with cisplatin.                                 | DRUG:cisplatin=cisplatin
      The PR rate was 16% (95% CI 10-22); median OS was 12 months.           |
      PR, 2 patients; SD, 5 patients.                                        |
      PR and ER were both expressed in the tumour.                           | GENE:PR=PGR GENE:ER=ESR1
      MET amplification was found and the patients met the criteria.         | GENE:MET=MET
      ER stress induced apoptosis.                                           |
      ER signalling drives growth.                                           | GENE:ER=ESR1
      IR doses of 2 Gy were given.                                           |
      Inhibition of IR and IGF-IR reduced growth.                            | GENE:IR=INSR GENE:IGF-IR=IGF1R
      Ewing sarcoma cells express CD99.                                      | CANCER:Ewing sarcoma=ewing sarcoma GENE:CD99=CD99
      """)
  void tagsWhatIsMeantAndOnlyThat(String sentence, String expected) {
    Annotation annotation = nlp.annotate(sentence);
    String found = annotation.get(CoreAnnotations.SentencesAnnotation.class).stream()
        .flatMap(s -> s.get(BioAnnotations.BioMentionsAnnotation.class).stream())
        .filter(m -> m.type() != EntityType.FAMILY)
        .map(m -> m.type() + ":" + m.text() + "=" + String.join("+", m.ids()))
        .collect(Collectors.joining(" "));
    assertEquals(expected == null ? "" : expected.strip(), found);
  }
}
