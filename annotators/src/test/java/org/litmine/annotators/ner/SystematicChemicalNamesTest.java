package org.litmine.annotators.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SystematicChemicalNamesTest {

  private static final String PARTS = "org/litmine/annotators/rules/entities/chemical_name_parts.tsv";
  private static final Path DICTIONARY = Path.of("/usr/share/dict/words");

  private final SystematicChemicalNames names = SystematicChemicalNames.load(PARTS);
  private final EntityMatcher matcher = new EntityMatcher(TestTokens.lexicons(), ContextVetoes.none(),
      FamilyMemberNames.none(), GeneWordsInContext.none(), UnlistedDrugNames.none(), names);

  private String found(String spaced) {
    return TestTokens.describe(matcher.find(TestTokens.of(spaced)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "6-chloro-3-(1-methylcyclobutyl)amino-4H-thieno[3,2-e]-1,2,4-thiadiazine",
      "N-cyclopentyl-4-ethoxy-6-(4-methylpiperidin-1-yl)-1,3,5-triazin-2-amine",
      "1,4-bis-[2-(3,5-dichloropyridyloxy)]benzene",
      "2-amino-3-carboxy-4-phenylthiophenes",
      "2-thio-6-oxo-1,6-dihydropyrimidine",
      "3-mercaptopyrrolidine",
      "(R)-2-methylpiperazine",
      "5-bromo-2'-deoxyuridine",
      "4-hydroxy-2-butanone",
      "dimethylsulfoxide",
      "2-tert-butyl-4-methoxyphenol",
      "O(6)-methylguanine",
  })
  void takesNamesMadeOfPartsAndLocants(String name) {
    assertTrue(names.isName(name, false), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "IGF-1R", "5-HT2A", "PI3K", "MCF-7", "SGC7901/Adr", "V600E", "3-fold", "2-h", "4-week", "Ser473", "p-Akt",
      "anti-IGF-IR", "5-FU", "10-fold-higher", "N-terminal", "non-small-cell", "3-methyl", "4-methylpiperidin-1-yl",
      "N-acetyl-amino", "dose-dependent", "phosphorylation", "methylation", "hydroxylation", "diethyl", "benzene",
      "2-methylene-bis", "cis-platinum", "1,2-dihydroxy",
  })
  void takesNoGeneCellLineMutationUnitEnglishWordOrFragment(String text) {
    assertFalse(names.isName(text, false), text);
  }

  @Test
  void noDictionaryWordButOneOfChemistryIsMadeOfPartsAlone() throws IOException {
    assumeTrue(Files.isReadable(DICTIONARY), "no word list at " + DICTIONARY);
    List<String> taken = Files.readAllLines(DICTIONARY).stream().filter(w -> names.isName(w, false)).toList();
    assertEquals(List.of("oxyacetylene"), taken, "only a word of chemistry (oxygen and acetylene)");
  }

  @Test
  void joinsTokensSplitAtBracketsAndTakesTheWordThatCompletesTheName() {
    assertEquals("CHEMICAL:6-chloro-3-(1-methylcyclobutyl)amino-4H-thieno[3,2-e]-1,2,4-thiadiazine 1,1-dioxide"
            + "=6-chloro-3-(1-methylcyclobutyl)amino-4h-thieno[3,2-e]-1,2,4-thiadiazine 1,1-dioxide",
        found("of 6-chloro-3-|(|1-methylcyclobutyl|)|amino-4H-thieno|[|3,2-e|]|-1,2,4-thiadiazine 1,1-dioxide ."));
    assertEquals("CHEMICAL:4-hydroxybenzoic acid=4-hydroxybenzoic acid", found("4-hydroxybenzoic acid was added"));
    assertEquals("", found("4-hydroxybenzoic was added"), "an acid ending needs the word acid");
    assertEquals("", found("3-alkylamino-4H-thieno|[|3,2-e|]|-1,2,4-thiadiazine 1,1-dioxide"),
        "no name inside a longer word, nor the word that would complete it");
    assertEquals("", found("1H-indole- 3-ethanamine and adenosine 3|'|, 5|'|-|monophosphate"),
        "no tail of a name broken by a space");
  }

  @Test
  void takesTheNameInsideBracketsAndPunctuation() {
    assertEquals("CHEMICAL:3-mercaptopyrrolidine=3-mercaptopyrrolidine", found("(|3-mercaptopyrrolidine|)|, and"));
    assertEquals("CHEMICAL:2-Amino-3-carboxy-4-phenylthiophenes=2-amino-3-carboxy-4-phenylthiophenes",
        found("2-Amino-3-carboxy-4-phenylthiophenes|."), "the id is the name in lower case");
  }

  @Test
  void aNameMayEndInASuffixThatItsTextLeavesOut() {
    assertEquals("CHEMICAL:2-thio-6-oxo-1,6-dihydropyrimidine=2-thio-6-oxo-1,6-dihydropyrimidine",
        found("the 2-thio-6-oxo-1,6-dihydropyrimidine-containing inhibitors"));
    assertEquals("", found("the 2-thio-6-oxo-1,6-dihydropyrimidine-rich inhibitors"), "no listed suffix");
  }

  @Test
  void aLexiconMentionWinsAndAProteinNameIsNoChemical() {
    assertEquals("DRUG:tamoxifen=tamoxifen", found("tamoxifen"));
    assertEquals("", found("the 4-methylpyrazole receptors"), "a protein's name");
    assertEquals("", found("2-methylpiperazine reductase was"), "an enzyme's name");
    assertEquals("CHEMICAL:2-methylpiperazine=2-methylpiperazine", found("2-methylpiperazine was"));
    assertEquals("", found("the 2-mercaptocyclopentane arylsulfonamide"), "a name going on into a word it cannot read");
    assertEquals("CHEMICAL:2-methylpiperazine dihydrochloride=2-methylpiperazine",
        found("2-methylpiperazine dihydrochloride was"), "a salt made of parts, taken in as a drug's salt is");
  }

  @Test
  void addsNothingWithoutParts() {
    List<BioMention> mentions = new java.util.ArrayList<>();
    SystematicChemicalNames.none().addTo(TestTokens.of("3-mercaptopyrrolidine"), mentions);
    assertEquals(List.of(), mentions);
  }
}
