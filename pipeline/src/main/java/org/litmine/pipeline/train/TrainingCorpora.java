package org.litmine.pipeline.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the labelled corpora the relation models learn from into {@link LabelledText}s, keeping each corpus's own
 * labels (see {@code labels.tsv} for what they become):
 *
 * <ul>
 *   <li>{@code chemprot}: ChemProt relation instances, one sentence per line with the pair marked {@code << >>} and
 *       {@code [[ ]]}; the instances of one sentence become one text;
 *   <li>{@code civicmine}: CIViCmine sentences with entity offsets and Predictive (gene, drug) relations;
 *   <li>{@code drugprot}: DrugProt abstracts ({@code PMID.txt}) with the gold TSV's rows (PMID, chemical and gene
 *       mention texts, relation, sentence), each mention placed wherever its text stands in its sentence.
 * </ul>
 */
final class TrainingCorpora {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TrainingCorpora() {}

  static List<LabelledText> chemProt(Path jsonl) throws IOException {
    Map<String, List<LabelledPair>> bySentence = new LinkedHashMap<>();
    for (JsonNode node : jsonLines(jsonl)) {
      Marked marked = Marked.strip(node.get("text").asText());
      bySentence.computeIfAbsent(marked.text(), k -> new ArrayList<>())
          .add(new LabelledPair(List.of(marked.first()), List.of(marked.second()), node.get("label").asText()));
    }
    List<LabelledText> texts = new ArrayList<>();
    bySentence.forEach((text, pairs) -> texts.add(new LabelledText("chemprot", "chemprot:" + text, text, pairs)));
    return texts;
  }

  /** A ChemProt sentence with its two markers taken out, and where the marked mentions stand. */
  record Marked(String text, Span first, Span second) {

    static Marked strip(String marked) {
      StringBuilder out = new StringBuilder();
      Map<String, Integer> opened = new HashMap<>();
      Span first = null;
      Span second = null;
      int i = 0;
      while (i < marked.length()) {
        if (marked.startsWith("<< ", i) || marked.startsWith("[[ ", i)) {
          opened.put(marked.substring(i, i + 2), out.length());
          i += 3;
        } else if (marked.startsWith(" >>", i) || marked.startsWith(" ]]", i)) {
          String open = marked.charAt(i + 1) == '>' ? "<<" : "[[";
          Span span = new Span(opened.getOrDefault(open, out.length()), out.length());
          if (open.equals("<<")) {
            first = span;
          } else {
            second = span;
          }
          i += 3;
        } else {
          out.append(marked.charAt(i++));
        }
      }
      if (first == null || second == null) {
        throw new IllegalArgumentException("ChemProt line without both markers: " + marked);
      }
      return new Marked(out.toString(), first, second);
    }
  }

  static List<LabelledText> civicMine(Path jsonl) throws IOException {
    List<LabelledText> texts = new ArrayList<>();
    for (JsonNode node : jsonLines(jsonl)) {
      Map<String, Span> entities = new HashMap<>();
      for (JsonNode e : node.get("entities")) {
        entities.put(e.get("id").asText(), new Span(e.get("start").asInt(), e.get("end").asInt()));
      }
      List<LabelledPair> pairs = new ArrayList<>();
      for (JsonNode rel : node.get("relations")) {
        JsonNode args = rel.get("args");
        if (args.has("gene") && args.has("drug")) {
          pairs.add(new LabelledPair(List.of(entities.get(args.get("gene").asText())),
              List.of(entities.get(args.get("drug").asText())), rel.get("type").asText()));
        }
      }
      texts.add(new LabelledText("civicmine", "civicmine:" + node.get("id").asText(), node.get("text").asText(),
          pairs));
    }
    return texts;
  }

  /** The JSON objects of a JSON-lines file, blank lines skipped. */
  private static List<JsonNode> jsonLines(Path jsonl) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          nodes.add(JSON.readTree(line));
        }
      }
    }
    return nodes;
  }

  static List<LabelledText> drugProt(Path abstracts, Path goldTsv) throws IOException {
    Map<String, List<String[]>> rows = new TreeMap<>();
    for (String line : Files.readAllLines(goldTsv, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t", -1);
      if (line.startsWith("#") || cols.length < 5) {
        continue;
      }
      rows.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols);
    }
    List<LabelledText> texts = new ArrayList<>();
    List<Path> files;
    try (var stream = Files.list(abstracts)) {
      files = stream.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : files) {
      String pmid = file.getFileName().toString().replace(".txt", "");
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<LabelledPair> pairs = new ArrayList<>();
      for (String[] row : rows.getOrDefault(pmid, List.of())) {
        int sentence = text.indexOf(row[4]);
        if (sentence < 0) {
          continue;
        }
        pairs.add(new LabelledPair(occurrences(row[4], row[1], sentence), occurrences(row[4], row[2], sentence),
            row[3]));
      }
      texts.add(new LabelledText("drugprot", "drugprot:" + pmid, text, pairs));
    }
    return texts;
  }

  private static List<Span> occurrences(String sentence, String mention, int offset) {
    List<Span> spans = new ArrayList<>();
    for (int i = sentence.indexOf(mention); i >= 0 && !mention.isEmpty(); i = sentence.indexOf(mention, i + 1)) {
      spans.add(new Span(offset + i, offset + i + mention.length()));
    }
    return spans;
  }
}
