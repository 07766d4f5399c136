package org.litmine.annotators.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.BioNlp;

/**
 * What is and is not tagged among strings that are both entity names and ordinary words or abbreviations, with
 * the real models, the bundled lexicons and the trained mention taggers. Each row: a sentence and the mentions it
 * must yield, written as TYPE:text=id, in order (empty when none); a name the taggers found that no lexicon grounds
 * is TYPE:text=?.
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
      A partial response (PR) was seen in 5 patients, and PR lasted 6 months. |
      PR (partial response) was seen in 5 of 20 patients with EGFR mutations. | GENE:EGFR=EGFR
      PR and ER were both expressed in the tumour.                           | GENE:PR=PGR GENE:ER=ESR1
      MET amplification was found and the patients met the criteria.         | GENE:MET=MET
      ER stress induced apoptosis.                                           |
      ER signalling drives growth.                                           | GENE:ER=ESR1
      IR doses of 2 Gy were given.                                           |
      Inhibition of IR and IGF-IR reduced growth.                            | GENE:IR=INSR GENE:IGF-IR=IGF1R
      Ewing sarcoma cells express CD99.                                      | CANCER:Ewing sarcoma=ewing sarcoma GENE:CD99=CD99
      The D2 receptor was occupied in the striatum.                          | GENE:D2 receptor=DRD2
      Mice of the D2 group were weighed.                                     |
      D2 and D3 receptors were occupied.                                     | GENE:D2=DRD2 GENE:D3 receptors=DRD3
      D2/D3 receptors were occupied by pramipexole.                          | GENE:D2=DRD2 GENE:D3 receptors=DRD3 CHEMICAL:pramipexole=pramipexole
      The D2/D3 ratio of the groups was compared.                            |
      Both beta1- and beta2-adrenoceptors were studied.                      | GENE:beta1=ADRB1 GENE:beta2-adrenoceptors=ADRB2
      H1 receptor blockade relieves itching.                                 | GENE:H1 receptor=HRH1
      Histone H1 was acetylated.                                             | GENE:Histone H1=?
      The AT1 receptor mediates vasoconstriction.                            | GENE:AT1 receptor=AGTR1
      AT1 cells were grown to confluence.                                    |
      Beta 2-adrenoceptors mediate bronchodilation.                          | GENE:Beta 2-adrenoceptors=ADRB2
      Levels of beta 2 microglobulin were measured.                          |
      Cleavage is mediated by serine proteinases such as furin.              | GENE:furin=FURIN
      The medium lacked serine.                                              | CHEMICAL:serine=serine
      The mu opioid receptor binds morphine.                                 | GENE:mu opioid receptor=OPRM1 CHEMICAL:morphine=morphine
      5-HT3 receptors are ligand-gated ion channels.                         |
      The 95% CI 256 to 310 was wide.                                        |
      cAMP rose in cells from the summer camp.                               | CHEMICAL:cAMP=adenosine cyclic monophosphate
      Spironolactone blocks the mineralocorticoid receptor.                 | CHEMICAL:Spironolactone=spironolactone GENE:mineralocorticoid receptor=NR3C2
      Fatty acid desaturase activity was measured.                           |
      Sildenafil inhibits phosphodiesterase type 5.                          | CHEMICAL:Sildenafil=sildenafil GENE:phosphodiesterase type 5=PDE5A
      PDE3 and phosphodiesterase 3 were studied.                             |
      PDE4 and PDE7 were expressed in the cells, and PDE5 was not.           | GENE:PDE5=PDE5A
      Ketoconazole inhibits cytochrome P450 3A4 and UDP-glucuronosyltransferase 1A9. | DRUG:Ketoconazole=ketoconazole GENE:cytochrome P450 3A4=CYP3A4 GENE:UDP-glucuronosyltransferase 1A9=UGT1A9
      The P450 content of microsomes was measured.                          |
      Elk-1 and Egr-1 were phosphorylated in THP-1 cells.                    | GENE:Elk-1=ELK1 GENE:Egr-1=EGR1
      Arterial levels of levocetirizine were measured.                       | DRUG:levocetirizine=levocetirizine
      3-Mercaptopyrrolidine inhibits the enzyme.                             | CHEMICAL:3-Mercaptopyrrolidine=3-mercaptopyrrolidine
      6-Chloro-3-(1-methylcyclobutyl)amino-4H-thieno[3,2-e]-1,2,4-thiadiazine 1,1-dioxide (54) was tested. | CHEMICAL:6-Chloro-3-(1-methylcyclobutyl)amino-4H-thieno[3,2-e]-1,2,4-thiadiazine 1,1-dioxide=6-chloro-3-(1-methylcyclobutyl)amino-4h-thieno[3,2-e]-1,2,4-thiadiazine 1,1-dioxide
      A 3-fold rise of p-Akt at Ser473 followed 4-week dosing in MCF-7 cells. |
      IGF-1R, 5-HT2A and PI3K were studied in SGC7901/Adr cells with V600E.  | GENE:IGF-1R=IGF1R GENE:5-HT2A=HTR2A
      Levels of 5-FU rose in 2-h samples of anti-IGF-1R treated mice.        | DRUG:5-FU=fluorouracil GENE:IGF-1R=IGF1R
      """)
  void tagsWhatIsMeantAndOnlyThat(String sentence, String expected) {
    assertEquals(expected == null ? "" : expected.strip(), mentions(sentence, m -> m.type() != EntityType.FAMILY));
  }

  /**
   * Families named by the stem their members' names share (named_families.tsv), singular and plural, beside members
   * that stay genes: rows as above, family mentions included.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Superoxide dismutase activity fell in the liver.                      | FAMILY:Superoxide dismutase=superoxide dismutase
      Isatin is an endogenous inhibitor of monoamine oxidases.              | CHEMICAL:Isatin=isatin FAMILY:monoamine oxidases=monoamine oxidase
      Cathepsins degrade the matrix.                                         | FAMILY:Cathepsins=cathepsin
      Adenylyl cyclases were expressed in the striatum.                      | FAMILY:Adenylyl cyclases=adenylate cyclase
      Superoxide dismutase 1 was mutated.                                    | GENE:Superoxide dismutase 1=SOD1
      Levels of inducible nitric oxide synthase rose.                        | GENE:inducible nitric oxide synthase=NOS2
      Tumours expressed carbonic anhydrase IX and COX-2.                     | GENE:carbonic anhydrase IX=CA9 GENE:COX-2=PTGS2
      Cells were stained with annexin V.                                     |
      The insulin-like growth factor type 1 receptor was blocked.           | GENE:insulin-like growth factor type 1 receptor=IGF1R
      Bone morphogenetic protein type II receptor was lost.                  | GENE:Bone morphogenetic protein type II receptor=BMPR2
      Annexin V binds phosphatidylserine.                                    | GENE:Annexin V=? CHEMICAL:phosphatidylserine=phosphatidylserine
      """)
  void namesFamiliesByTheirMembersStem(String sentence, String expected) {
    assertEquals(expected == null ? "" : expected.strip(), mentions(sentence, m -> true));
  }

  /** The mentions of a sentence that {@code kept} keeps, as TYPE:text=id, in order. */
  private static String mentions(String sentence, Predicate<BioMention> kept) {
    Annotation annotation = nlp.annotate(sentence);
    return annotation.get(CoreAnnotations.SentencesAnnotation.class).stream()
        .flatMap(s -> s.get(BioAnnotations.BioMentionsAnnotation.class).stream())
        .filter(kept)
        .map(m -> m.type() + ":" + m.text() + "=" + (m.grounded() ? String.join("+", m.ids()) : "?"))
        .collect(Collectors.joining(" "));
  }
}
