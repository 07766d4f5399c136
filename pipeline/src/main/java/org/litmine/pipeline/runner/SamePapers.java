package org.litmine.pipeline.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.litmine.pipeline.output.FailureRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.read.InputFinder;

/**
 * Finds the papers a run read more than once under different names, formats or folders, from the lines of
 * {@code documents.jsonl}: two documents are one paper when they state the same DOI, or when their openings (the
 * title and the first {@value #OPENING_WORDS} words of the text, at least {@value #MIN_SHINGLES} distinct five-word
 * sequences each) share at least half of their five-word sequences,
 * as a PDF, its one-column version and the publisher's text of one article do. Of each such group one document is
 * kept: the publisher's JATS before a PDF before plain text, then the one that states a DOI, then the first path.
 * The others become skips (stage {@value InputFinder#STAGE}) naming the document kept and why.
 *
 * <p>Candidate pairs come from an index of the five-word sequences, leaving out sequences shared by more than
 * {@value #COMMON} documents (boilerplate), so the work grows with the corpus, not with its square.
 */
public final class SamePapers {

  static final int OPENING_WORDS = 600;
  static final int SHINGLE = 5;
  static final int COMMON = 20;
  /**
   * Fewer distinct five-word sequences than this in either opening (a text of under about 150 words, or one that
   * repeats itself), and only the DOI can tell: short texts share too much by chance, and a test's variants of one
   * short made-up paper are not copies of a publication.
   */
  static final int MIN_SHINGLES = 150;
  static final double SHARED = 0.5;

  /** One document line, as much of it as the comparison needs. */
  public record Doc(String path, String doc, String format, String doi, Set<Long> shingles) {

    static Doc of(JsonNode line) {
      StringBuilder text = new StringBuilder(line.path("title").asText(""));
      int words = 0;
      for (JsonNode section : line.path("sections")) {
        List<JsonNode> parts = new ArrayList<>();
        if (section.has("text")) {
          parts.add(section.get("text"));
        }
        section.path("paragraphs").forEach(p -> parts.add(p.path("text")));
        for (JsonNode part : parts) {
          if (words >= OPENING_WORDS) {
            break;
          }
          String t = part.asText("");
          text.append(' ').append(t);
          words += t.split("\\s+").length;
        }
      }
      String doi = line.path("doi").isTextual() ? line.get("doi").asText().toLowerCase(Locale.ROOT) : null;
      return new Doc(line.path("path").asText(), line.path("doc").asText(), line.path("format").asText(""), doi,
          SamePapers.shingles(text.toString()));
    }

    int preference() {
      return switch (format) {
        case "jats" -> 0;
        case "pdf" -> 1;
        case "text" -> 2;
        default -> 3;
      };
    }
  }

  private static final Comparator<Doc> KEEP_FIRST = Comparator.comparingInt(Doc::preference)
      .thenComparing(d -> d.doi() == null).thenComparing(Doc::path);

  private final Map<String, FailureRecord> skipped = new TreeMap<>();
  private final Set<String> skippedDocs = new HashSet<>();

  private SamePapers() {}

  /** Compares the documents in the given {@code documents} shards. */
  public static SamePapers of(List<Path> documentShards) {
    List<Doc> docs = new ArrayList<>();
    for (Path shard : documentShards) {
      try (BufferedReader reader = Files.newBufferedReader(shard, StandardCharsets.UTF_8)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isBlank()) {
            docs.add(Doc.of(Json.mapper().readTree(line)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + shard + ": " + e.getMessage(), e);
      }
    }
    return compare(docs);
  }

  /** Compares the given documents (none: a result that skips nothing). */
  public static SamePapers compare(List<Doc> unsorted) {
    List<Doc> docs = new ArrayList<>(unsorted);
    docs.sort(Comparator.comparing(Doc::path));
    int[] parent = new int[docs.size()];
    String[] why = new String[docs.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> byDoi = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      String doi = docs.get(i).doi() == null ? null : docs.get(i).doi().toLowerCase(Locale.ROOT);
      if (doi != null) {
        Integer first = byDoi.putIfAbsent(doi, i);
        if (first != null) {
          join(parent, first, i, why, "same DOI, " + doi);
        }
      }
    }
    for (Map.Entry<Long, Integer> pair : sharedShingles(docs).entrySet()) {
      int a = (int) (pair.getKey() >>> 32);
      int b = (int) (long) pair.getKey();
      int smaller = Math.min(docs.get(a).shingles().size(), docs.get(b).shingles().size());
      if (smaller >= MIN_SHINGLES && pair.getValue() >= SHARED * smaller) {
        join(parent, a, b, why, String.format(Locale.ROOT, "same opening text: %d%% of the five-word"
            + " sequences of its title and first %d words", Math.round(100.0 * pair.getValue() / smaller),
            OPENING_WORDS));
      }
    }
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < docs.size(); i++) {
      groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
    }
    SamePapers same = new SamePapers();
    Set<String> keptDocs = new HashSet<>();
    for (List<Integer> group : groups.values()) {
      Doc kept = group.stream().map(docs::get).min(KEEP_FIRST).orElseThrow();
      keptDocs.add(kept.doc());
      for (int i : group) {
        Doc d = docs.get(i);
        if (d != kept) {
          String reason = why[i] != null ? why[i] : why[group.get(0)] != null ? why[group.get(0)] : "same paper";
          same.skipped.put(d.path(), new FailureRecord(d.path(), InputFinder.STAGE, "same paper as " + kept.path()
              + " (" + reason + "), read once from " + kept.format(), null));
          same.skippedDocs.add(d.doc());
        }
      }
    }
    same.skippedDocs.removeAll(keptDocs);
    return same;
  }

  /** For each pair of documents (lower index in the high half) that share a five-word sequence, how many. */
  private static Map<Long, Integer> sharedShingles(List<Doc> docs) {
    Map<Long, List<Integer>> holders = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      for (long s : docs.get(i).shingles()) {
        holders.computeIfAbsent(s, k -> new ArrayList<>(2)).add(i);
      }
    }
    Map<Long, Integer> shared = new HashMap<>();
    for (List<Integer> h : holders.values()) {
      if (h.size() < 2 || h.size() > COMMON) {
        continue;
      }
      for (int x = 0; x < h.size(); x++) {
        for (int y = x + 1; y < h.size(); y++) {
          shared.merge(((long) h.get(x) << 32) | h.get(y), 1, Integer::sum);
        }
      }
    }
    return new TreeMap<>(shared);
  }

  /** The five-word sequences of a text (lower-cased words of letters and digits), hashed. */
  static Set<Long> shingles(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + SHINGLE; j++) {
        for (char c : words.get(j).toCharArray()) {
          h = 31 * h + c;
        }
        h = 31 * h + ' ';
      }
      shingles.add(h);
    }
    return shingles;
  }

  private static void join(int[] parent, int a, int b, String[] why, String reason) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
    why[b] = why[b] == null ? reason : why[b];
    why[a] = why[a] == null ? reason : why[a];
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The documents not kept, by path, each as the skip line that replaces its document line. */
  public Map<String, FailureRecord> skipped() {
    return skipped;
  }

  /**
   * The {@code doc} ids of the documents not kept whose lines in the other outputs go with them: not the ids of a
   * kept document (two copies that state one DOI share their id, and the kept copy's lines stay).
   */
  public Set<String> skippedDocs() {
    return skippedDocs;
  }
}
