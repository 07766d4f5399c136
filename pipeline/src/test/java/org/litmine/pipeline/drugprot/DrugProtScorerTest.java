package org.litmine.pipeline.drugprot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrugProtScorerTest {

  private static String triple(String doc, String effect, boolean negated, String drugText, String geneText,
      String rule) {
    return "{\"doc\":\"" + doc + "\",\"gene\":\"G\",\"drug\":\"d\",\"drugKind\":\"drug\",\"effect\":\"" + effect
        + "\",\"negated\":" + negated + ",\"hedged\":false,\"confidence\":0.9,\"evidence\":[{\"sentence\":\""
        + drugText + " acts on " + geneText + ".\",\"section\":\"Abstract\",\"page\":1,\"start\":0,\"end\":10,"
        + "\"geneText\":\"" + geneText + "\",\"drugText\":\"" + drugText + "\",\"rule\":\"" + rule
        + "\",\"hedged\":false}]}";
  }

  @Test
  void scoresMentionPairsPerAbstract(@TempDir Path dir) throws IOException {
    Path run = dir.resolve("run");
    Files.createDirectories(run);
    Files.write(run.resolve("triples.jsonl"), List.of(
        triple("111", "inhibits", false, "Caffeine", "ATM", "r-tp"),          // TP (case)
        triple("111", "inhibits", false, "caffeine", "atm", "r-tp"),          // same pair again: counted once
        triple("111", "inhibits", false, "statins", "HMG-CoA reductase", "r-tp"), // TP (plural, hyphen)
        triple("111", "inhibits", false, "aspirin", "COX2", "r-neutral"),     // DIRECT-REGULATOR: ignored
        triple("111", "inhibits", false, "heme", "CYP3A4", "r-fp"),           // FP: SUBSTRATE in gold
        triple("111", "inhibits", false, "ethanol", "ATM", "r-fp"),           // FP: pair not in gold
        triple("111", "inhibits", true, "nicotine", "CHRNA7", "r-neg"),       // negated: no prediction
        triple("222", "reduces", false, "ketamine", "NR2B", "r-reduce"),      // TP for reduces; FN for inhibits
        triple("222", "inhibits", false, "L-NAME", "NOS", "r-inhibit")));     // boundary vs "nitric oxide NOS"?
    Files.write(run.resolve("documents.jsonl"), List.of(
        "{\"doc\":\"111\",\"path\":\"x/111.txt\"}", "{\"doc\":\"10.1/abc\",\"path\":\"x/222.txt\"}"));
    // the 222 triples carry a DOI doc id in a real run: map them through documents.jsonl
    String triples = Files.readString(run.resolve("triples.jsonl")).replace("\"doc\":\"222\"",
        "\"doc\":\"10.1/abc\"");
    Files.writeString(run.resolve("triples.jsonl"), triples);
    Path gold = dir.resolve("gold.tsv");
    Files.write(gold, List.of(
        "# pmid\tchemical_mention\tgene_mention\tdrugprot_relation\tsentence",
        "111\tcaffeine\tATM\tINHIBITOR\tCaffeine inhibits ATM.",
        "111\tcaffeine\tATM\tINHIBITOR\tCaffeine inhibits ATM again.",
        "111\tstatin\tHMG‐CoA reductase\tINHIBITOR\tStatins inhibit HMG-CoA reductase.",
        "111\taspirin\tCOX-2\tDIRECT-REGULATOR\tAspirin acetylates COX-2.",
        "111\theme\tCYP3A4\tSUBSTRATE\tHeme is used by CYP3A4.",
        "111\tcaffeine\tmTOR\tANTAGONIST\tCaffeine also antagonizes mTOR.",
        "111\tzorbamycin\tFOO1\tINHIBITOR\tZorbamycin inhibits FOO1.",
        "222\tketamine\tNR2B\tINHIBITOR\tKetamine blocks NR2B.",
        "222\tketamine\tNR2B\tINDIRECT-DOWNREGULATOR\tKetamine lowers NR2B.",
        "222\tL-NAME\tNOS\tACTIVATOR\tL-NAME does something to NOS.",
        "222\tdopamine\tD2 receptor\tAGONIST\tDopamine activates the D2 receptor."));

    DrugProtScorer scorer = new DrugProtScorer(GoldRow.read(gold), RunMention.read(run),
        Lexicons.of(Set.of("caffeine", "dopamine"), Set.of("mTOR", "D2")));

    DrugProtScorer.GroupResult inhibits = scorer.score(RelationGroup.INHIBITS);
    assertEquals(2, inhibits.score().tp(), inhibits.truePositives().toString());
    assertEquals(1, inhibits.score().ignored());
    assertEquals(3, inhibits.score().fp(), inhibits.falsePositives().toString());
    assertEquals(3, inhibits.score().fn(), inhibits.falseNegatives().toString());
    assertEquals(0.4, inhibits.score().precision());
    assertEquals(0.4, inhibits.score().recall());

    Map<String, String> fpKinds = inhibits.falsePositives().stream()
        .collect(Collectors.toMap(fp -> fp.drugText() + "·" + fp.geneText(), DrugProtScorer.FalsePositive::kind));
    assertEquals("other relation in gold", fpKinds.get("heme·CYP3A4"));
    assertEquals("pair not in gold", fpKinds.get("ethanol·ATM"));
    assertEquals("other relation in gold", fpKinds.get("L-NAME·NOS"), "ACTIVATOR is not an inhibition");

    Map<String, String> fnKinds = inhibits.falseNegatives().stream()
        .collect(Collectors.toMap(fn -> fn.chemical() + "·" + fn.gene(), DrugProtScorer.FalseNegative::kind));
    assertEquals("both in lexicon but no rule", fnKinds.get("caffeine·mTOR"),
        "caffeine is in evidence, mTOR is not but is in the lexicon");
    assertEquals("neither mention in lexicon", fnKinds.get("zorbamycin·FOO1"));
    assertEquals("pair predicted with another effect", fnKinds.get("ketamine·NR2B"));

    DrugProtScorer.GroupResult reduces = scorer.score(RelationGroup.REDUCES);
    assertEquals(1, reduces.score().tp());
    assertEquals(0, reduces.score().fp());
    assertEquals(0, reduces.score().fn());

    DrugProtScorer.GroupResult induces = scorer.score(RelationGroup.INDUCES);
    assertEquals(0, induces.score().tp());
    assertEquals(2, induces.score().fn(), "L-NAME·NOS (ACTIVATOR) and dopamine·D2 receptor (AGONIST)");
    Map<String, String> induceKinds = induces.falseNegatives().stream()
        .collect(Collectors.toMap(fn -> fn.chemical() + "·" + fn.gene(), DrugProtScorer.FalseNegative::kind));
    assertEquals("gene only partly in lexicon", induceKinds.get("dopamine·D2 receptor"));
    assertEquals("pair predicted with another effect", induceKinds.get("L-NAME·NOS"));

    assertEquals(2, inhibits.errorKinds().get("FP: other relation in gold"));

    DrugProtReport.Split tune = new DrugProtReport.Split("tune", run, gold, scorer.pmids().size(),
        List.of(inhibits, reduces, induces), SourceScores.of(scorer));
    DrugProtReport.write(dir.resolve("report"), tune, new DrugProtReport.Split("test", run, gold, 3, List.of(inhibits,
        reduces, induces), SourceScores.of(scorer)));
    String md = Files.readString(dir.resolve("report/drugprot.md"));
    assertTrue(md.contains("| tune | inhibits | ANTAGONIST, INHIBITOR | 2 | 3 | 3 | 1 | 0.400 | 0.400 | 0.400 |"), md);
    assertTrue(md.contains("Zorbamycin inhibits FOO1."), "FN listed with its gold sentence");
    assertTrue(md.contains("| test | inhibits | ANTAGONIST, INHIBITOR | 2 | 3 | 3 | 1 | 0.400 | 0.400 | 0.400 |"),
        "the held-out split's figures");
    assertTrue(md.contains("## Ten most common error kinds on test (inhibits)"), md);
    assertEquals(1, md.split("Zorbamycin inhibits FOO1\\.", -1).length - 1,
        "the held-out split's errors are not listed one by one");
    assertTrue(Files.readString(dir.resolve("report/drugprot.json")).contains("\"falseNegatives\""));
  }

  @Test
  void scoresTheRulesTheClassifierAndBothApartWithTheClassifierCutAtHigherProbabilities(@TempDir Path dir)
      throws IOException {
    Path run = dir.resolve("run");
    Files.createDirectories(run);
    Files.write(run.resolve("triples.jsonl"), List.of(
        triple("111", "inhibits", false, "caffeine", "ATM", "inhibits-verb-active"),
        triple("111", "inhibits", false, "caffeine", "mTOR", "classifier").replace("\"rule\":\"classifier\"",
            "\"rule\":\"classifier\",\"probability\":0.9"),
        triple("111", "inhibits", false, "ethanol", "ATM", "classifier").replace("\"rule\":\"classifier\"",
            "\"rule\":\"classifier\",\"probability\":0.8")));
    Path gold = dir.resolve("gold.tsv");
    Files.write(gold, List.of("111\tcaffeine\tATM\tINHIBITOR\tCaffeine inhibits ATM.",
        "111\tcaffeine\tmTOR\tANTAGONIST\tCaffeine also antagonizes mTOR."));
    DrugProtScorer scorer = new DrugProtScorer(GoldRow.read(gold), RunMention.read(run), Lexicons.of(Set.of(),
        Set.of()));
    Map<String, DrugProtScorer.Score> inhibits = SourceScores.of(scorer).stream()
        .filter(r -> r.group().equals("inhibits"))
        .collect(Collectors.toMap(SourceScores.Row::source, SourceScores.Row::score));
    assertEquals(List.of(1, 0, 1), tpFpFn(inhibits.get("rules")));
    assertEquals(List.of(1, 1, 1), tpFpFn(inhibits.get("classifier")));
    assertEquals(List.of(2, 1, 0), tpFpFn(inhibits.get("both")));
    assertEquals(List.of(2, 0, 0), tpFpFn(inhibits.get("rules + classifier ≥ 0.85")), "ethanol·ATM (0.8) cut");
    assertEquals(List.of(1, 0, 1), tpFpFn(inhibits.get("rules + classifier ≥ 0.95")), "caffeine·mTOR (0.9) cut");
  }

  private static List<Integer> tpFpFn(DrugProtScorer.Score s) {
    return List.of(s.tp(), s.fp(), s.fn());
  }

  /** A scorer of a run with no triples and these entity lines, against these gold rows. */
  private static DrugProtScorer scorerOfEntitiesOnly(Path dir, List<String> entities, List<String> goldRows,
      Lexicons lexicons) throws IOException {
    Path run = dir.resolve("run");
    Files.createDirectories(run);
    Files.write(run.resolve("triples.jsonl"), List.of());
    Files.write(run.resolve("entities.jsonl"), entities);
    Path gold = dir.resolve("gold.tsv");
    Files.write(gold, goldRows);
    return new DrugProtScorer(GoldRow.read(gold), RunMention.read(run), RunMention.entitySurfaces(run), lexicons);
  }

  @Test
  void entitiesOfTheRunTellRecognizedFromMerelyInTheLexicon(@TempDir Path dir) throws IOException {
    DrugProtScorer scorer = scorerOfEntitiesOnly(dir, List.of(
        "{\"doc\":\"1\",\"kind\":\"chemical\",\"id\":\"ketanserin\",\"surfaces\":[\"Ketanserin\"],\"mentions\":2}",
        "{\"doc\":\"1\",\"kind\":\"gene\",\"id\":\"HTR2A\",\"surfaces\":[\"5-HT2A\"],\"mentions\":1}"), List.of(
        "1\tketanserin\t5-HT2A receptor\tANTAGONIST\tKetanserin blocks the 5-HT2A receptor.",
        "1\tketanserin\tCYP2D6\tINHIBITOR\tKetanserin inhibits CYP2D6.",
        "1\tbuspirone\t5-HT2A\tANTAGONIST\tBuspirone blocks 5-HT2A."),
        Lexicons.of(Set.of("ketanserin"), Set.of("CYP2D6", "5-HT2A")));
    Map<String, String> kinds = scorer.score(RelationGroup.INHIBITS).falseNegatives().stream()
        .collect(Collectors.toMap(fn -> fn.chemical() + "·" + fn.gene(), DrugProtScorer.FalseNegative::kind));
    assertEquals("both recognized, no rule paired them", kinds.get("ketanserin·5-HT2A receptor"),
        "5-HT2A nests in 5-HT2A receptor");
    assertEquals("gene in lexicon but not recognized", kinds.get("ketanserin·CYP2D6"));
    assertEquals("chemical not in lexicon", kinds.get("buspirone·5-HT2A"));
  }

  @Test
  void aNameNoLexiconGroundsCountsAsRecognized(@TempDir Path dir) throws IOException {
    DrugProtScorer scorer = scorerOfEntitiesOnly(dir, List.of(
        "{\"doc\":\"1\",\"kind\":\"chemical\",\"id\":null,\"surfaces\":[\"zorbamycin\"],\"mentions\":1}",
        "{\"doc\":\"1\",\"kind\":\"gene\",\"id\":null,\"surfaces\":[\"Foo7\"],\"mentions\":1}"),
        List.of("1\tzorbamycin\tFoo7\tINHIBITOR\tZorbamycin inhibits Foo7.",
            "1\tbarimycin\tFoo7\tINHIBITOR\tBarimycin inhibits Foo7."), Lexicons.of(Set.of(), Set.of()));
    Map<String, Boolean> recognized = scorer.score(RelationGroup.INHIBITS).falseNegatives().stream()
        .collect(Collectors.toMap(fn -> fn.chemical() + "·" + fn.gene(), DrugProtScorer.FalseNegative::bothRecognized));
    assertEquals(Map.of("zorbamycin·Foo7", true, "barimycin·Foo7", false), recognized);
  }

  @Test
  void mentionKeyForgivesOnlyTrivialDifferences() {
    assertEquals(MentionKey.of("COX-2"), MentionKey.of("cox2"));
    assertEquals(MentionKey.of("5‐HT1A"), MentionKey.of("5-HT1A"));
    assertEquals(MentionKey.of("statins"), MentionKey.of("Statin"));
    assertEquals(MentionKey.of("protein  kinase C"), MentionKey.of("Protein kinase C"));
    assertFalse(MentionKey.of("HRAS").equals(MentionKey.of("HRA")));
    assertFalse(MentionKey.of("5-HT1A receptor").equals(MentionKey.of("5-HT1A")));
    assertTrue(MentionKey.nested(MentionKey.of("5-HT1A receptor"), MentionKey.of("5-HT1A")));
    assertFalse(MentionKey.nested(MentionKey.of("ATMX"), MentionKey.of("ATM")));
  }
}
