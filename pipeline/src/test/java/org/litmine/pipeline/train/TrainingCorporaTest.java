package org.litmine.pipeline.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingCorporaTest {

  @TempDir
  Path dir;

  @Test
  void chemProtMarkersAreTakenOutAndTheirSpansKept() {
    TrainingCorpora.Marked m = TrainingCorpora.Marked.strip("[[ Caffeine ]] inhibits the kinase << ATM >> .");
    assertEquals("Caffeine inhibits the kinase ATM .", m.text());
    assertEquals("ATM", m.text().substring(m.first().begin(), m.first().end()));
    assertEquals("Caffeine", m.text().substring(m.second().begin(), m.second().end()));
    assertThrows(IllegalArgumentException.class, () -> TrainingCorpora.Marked.strip("no << marker >> pair"));
  }

  @Test
  void theInstancesOfOneChemProtSentenceBecomeOneText() throws Exception {
    Path file = dir.resolve("chemprot.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"split\": \"train\", \"text\": \"[[ A ]] blocks << B >> and C.\", \"label\": \"INHIBITOR\"}",
        "{\"split\": \"train\", \"text\": \"[[ A ]] blocks B and << C >>.\", \"label\": \"INHIBITOR\"}",
        "{\"split\": \"dev\", \"text\": \"<< D >> binds [[ E ]].\", \"label\": \"SUBSTRATE\"}", ""));
    List<LabelledText> texts = TrainingCorpora.chemProt(file);
    assertEquals(2, texts.size());
    assertEquals("A blocks B and C.", texts.get(0).text());
    assertEquals(2, texts.get(0).pairs().size());
    assertEquals("chemprot:A blocks B and C.", texts.get(0).group());
  }

  @Test
  void drugProtMentionsArePlacedWhereverTheyStandInTheirSentence() throws Exception {
    Path abstracts = Files.createDirectories(dir.resolve("tune"));
    Files.writeString(abstracts.resolve("1.txt"), "Title.\n\nX inhibits Y. Later X and Y again; X binds Y.");
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, "# pmid\tchemical_mention\tgene_mention\tdrugprot_relation\tsentence\n"
        + "1\tX\tY\tINHIBITOR\tLater X and Y again; X binds Y.\n"
        + "1\tZ\tY\tINHIBITOR\tnot in the abstract\n");
    List<LabelledText> texts = TrainingCorpora.drugProt(abstracts, gold);
    assertEquals(1, texts.size());
    LabelledPair pair = texts.get(0).pairs().get(0);
    assertEquals(2, pair.first().size());
    assertEquals(2, pair.second().size());
    String text = texts.get(0).text();
    int x = text.indexOf("X and");
    int y = text.indexOf("Y again");
    assertTrue(pair.matches(y, y + 1, x, x + 1), "a gene on either side matches");
    int firstX = text.indexOf("X inhibits");
    assertFalse(pair.matches(y, y + 1, firstX, firstX + 1), "the sentence the gold row names, not another");
  }

  @Test
  void civicMinePredictiveRelationsBecomeGeneDrugPairs() throws Exception {
    Path file = dir.resolve("civic.jsonl");
    Files.writeString(file, "{\"id\": \"1.1\", \"text\": \"KRAS mutation predicts resistance to cetuximab.\", "
        + "\"entities\": [{\"id\": \"T1\", \"type\": \"gene\", \"start\": 0, \"end\": 4, \"text\": \"KRAS\"}, "
        + "{\"id\": \"T2\", \"type\": \"drug\", \"start\": 37, \"end\": 46, \"text\": \"cetuximab\"}, "
        + "{\"id\": \"T3\", \"type\": \"variant\", \"start\": 5, \"end\": 13, \"text\": \"mutation\"}], "
        + "\"relations\": [{\"type\": \"Predictive\", \"args\": {\"gene\": \"T1\", \"drug\": \"T2\"}}, "
        + "{\"type\": \"AssociatedVariant\", \"args\": {\"gene\": \"T1\", \"variant\": \"T3\"}}]}\n");
    List<LabelledText> texts = TrainingCorpora.civicMine(file);
    assertEquals(1, texts.get(0).pairs().size());
    assertEquals("Predictive", texts.get(0).pairs().get(0).label());
    assertTrue(texts.get(0).pairs().get(0).matches(0, 4, 37, 46));
    assertFalse(texts.get(0).pairs().get(0).matches(0, 4, 5, 13));
  }
}
