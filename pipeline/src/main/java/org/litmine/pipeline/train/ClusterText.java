package org.litmine.pipeline.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.litmine.annotators.ner.tagged.WordPieces;

/**
 * The unlabelled text the word clusters ({@link WordClusters}) are made from, all under {@code --shared}, as the
 * taggers' words ({@link WordPieces#words}): the sentences of the mention corpora's train and devel splits (never
 * test), the ChemProt sentences (pair marks removed), the CIViCmine sentences, the DrugProt {@code tune/} abstracts
 * (never {@code test/}), and the papers and abstracts of {@code corpus/} (text files, and XML with its tags removed),
 * one line a sequence. Files are read in path order and a repeated sequence is kept once, so the same files give the
 * same text.
 */
public final class ClusterText {

  /** The IOB corpora whose train and devel sentences are read. */
  static final List<String> IOB_CORPORA = List.of("training/ner/BC2GM-IOB", "training/ner/BC5CDR-chem-IOB");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PAIR_MARK = Pattern.compile("<< | >>|\\[\\[ | ]]");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private ClusterText() {}

  /** The word sequences of every source under {@code shared}. */
  public static List<List<String>> read(Path shared) throws IOException {
    Set<List<String>> sequences = new LinkedHashSet<>();
    for (String corpus : IOB_CORPORA) {
      for (String split : List.of("train", "devel")) {
        for (IobCorpus.Sentence s : IobCorpus.read(shared.resolve(corpus).resolve(split + ".tsv"))) {
          sequences.add(s.words());
        }
      }
    }
    for (String jsonl : List.of("training/chemprot/chemprot.sentences.jsonl",
        "benchmarks/civicmine/civicmine.train.jsonl")) {
      for (String line : Files.readAllLines(shared.resolve(jsonl), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode text = JSON.readTree(line).get("text");
          add(sequences, PAIR_MARK.matcher(text.asText()).replaceAll(""));
        }
      }
    }
    for (Path file : files(shared.resolve("benchmarks/drugprot/tune"))) {
      addLines(sequences, Files.readString(file, StandardCharsets.UTF_8));
    }
    for (Path file : files(shared.resolve("corpus"))) {
      String name = file.getFileName().toString();
      if (name.endsWith(".xml") || name.endsWith(".nxml")) {
        addLines(sequences, TAG.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" "));
      } else if (name.endsWith(".txt")) {
        addLines(sequences, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return new ArrayList<>(sequences);
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void addLines(Set<List<String>> sequences, String text) {
    text.lines().forEach(line -> add(sequences, line));
  }

  private static void add(Set<List<String>> sequences, String text) {
    List<String> words = WordPieces.words(text);
    if (!words.isEmpty()) {
      sequences.add(words);
    }
  }
}
