package org.litmine.pipeline.summary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.litmine.pipeline.output.CorpusTripleRecord;
import org.litmine.pipeline.output.CorpusTriples;
import org.litmine.pipeline.output.FailureRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.OutputFiles;
import org.litmine.pipeline.output.RunTriples;
import org.litmine.pipeline.trial.TrialRecord;
import org.litmine.pipeline.trial.TrialResult;

/**
 * {@code summary.html}: a page to browse a finished run, written into its folder. The facts of
 * {@code triples_aggregated.jsonl} (genes' and families'), most-supported first, each with the sentences that state it
 * grouped by paper (title, section, page; the gene and drug as written marked), at most {@value #SENTENCES_SHOWN}
 * sentences a fact; filters by gene, drug and effect (a few lines of inline script, also read from the address:
 * {@code summary.html#gene=ERBB2&effect=resistance}); the trial records; the skipped inputs and the failures with
 * their reasons. One self-contained file (inline CSS and script, nothing fetched), rendered from the Mustache template
 * {@code summary.mustache} beside this class; no timestamps or timings, so a run's page has the same bytes as its
 * JSONL files do.
 */
public final class RunSummary {

  public static final String FILE = "summary.html";
  static final int SENTENCES_SHOWN = 12;

  /** The run's counts, as the manifest has them. */
  public record Counts(int inputs, int succeeded, int skipped, int failed) {}

  /** One piece of an evidence sentence, marked when it is the gene or drug as written. */
  public record Part(String text, boolean mark) {}

  public record Sentence(List<Part> parts, String section, String page) {}

  public record Doc(String doc, String title, List<Sentence> evidence) {}

  public record Group(String gene, boolean family, String drug, boolean drugClass, String effect, boolean negated,
      boolean hedged, int papers, int sentences, String confidence, List<Doc> docs, String more) {}

  public record Trial(String doc, String arm, String drugs, String cancerType, String phase, Integer participants,
      String trialId, String results) {}

  private static final Mustache TEMPLATE = new DefaultMustacheFactory("org/litmine/pipeline/summary")
      .compile("summary.mustache");

  private RunSummary() {}

  /**
   * Writes {@link #FILE} into {@code runDir} from the files there; {@code version} is litmine's, {@code skipped} the
   * paths of {@code failures.jsonl} that are skips rather than failures.
   */
  public static void write(Path runDir, String corpus, String version, Counts counts, Set<String> skipped) {
    try {
      OutputFiles.writeAtomically(runDir.resolve(FILE), render(runDir, corpus, version, counts, skipped));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE + ": " + e.getMessage(), e);
    }
  }

  static String render(Path runDir, String corpus, String version, Counts counts, Set<String> skipped)
      throws IOException {
    List<CorpusTripleRecord> facts = CorpusTriples.of(runDir);
    Map<String, String> titles = titles(runDir.resolve("documents.jsonl"));
    Map<String, Map<String, List<Sentence>>> evidence = new HashMap<>();
    Map<String, Integer> sentenceCount = new HashMap<>();
    int[] tripleCount = {0, 0};
    RunTriples.forEach(runDir, (t, geneKind) -> {
      tripleCount[RunTriples.FAMILY.equals(geneKind) ? 1 : 0]++;
      String key = key(geneKind, t.gene(), t.drug(), t.drugKind(), t.effect(), t.negated());
      Map<String, List<Sentence>> byDoc = evidence.computeIfAbsent(key, k -> new TreeMap<>());
      for (var e : t.evidence()) {
        int shown = sentenceCount.merge(key, 1, Integer::sum);
        if (shown <= SENTENCES_SHOWN) {
          byDoc.computeIfAbsent(t.doc(), d -> new ArrayList<>()).add(new Sentence(
              parts(e.sentence(), e.geneText(), e.drugText()), e.section(), e.page() > 0 ? "" + e.page() : null));
        }
      }
    });
    List<Group> groups = new ArrayList<>();
    for (CorpusTripleRecord f : facts) {
      String key = key(f.geneKind(), f.gene(), f.drug(), f.drugKind(), f.effect(), f.negated());
      List<Doc> docs = new ArrayList<>();
      evidence.getOrDefault(key, Map.of()).forEach((doc, sentences) ->
          docs.add(new Doc(doc, titles.getOrDefault(doc, doc), sentences)));
      int hidden = sentenceCount.getOrDefault(key, 0) - SENTENCES_SHOWN;
      groups.add(new Group(f.gene(), RunTriples.FAMILY.equals(f.geneKind()), f.drug(), "class".equals(f.drugKind()),
          f.effect(), f.negated(), f.hedged(), f.papers(), f.sentences(),
          String.format(Locale.ROOT, "%.2f", f.confidence()), docs, hidden > 0 ? "" + hidden : null));
    }
    groups.sort(Comparator.comparingInt(Group::papers).reversed()
        .thenComparing(Comparator.comparingInt(Group::sentences).reversed())
        .thenComparing(Group::confidence, Comparator.reverseOrder())
        .thenComparing(Group::gene).thenComparing(Group::drug).thenComparing(Group::effect)
        .thenComparing(Group::negated));
    List<FailureRecord> skips = new ArrayList<>();
    List<FailureRecord> failures = new ArrayList<>();
    for (FailureRecord f : lines(runDir.resolve("failures.jsonl"), FailureRecord.class)) {
      (skipped.contains(f.path()) ? skips : failures).add(f);
    }
    List<Trial> trials = new ArrayList<>();
    for (TrialRecord t : lines(runDir.resolve("trials.jsonl"), TrialRecord.class)) {
      trials.add(trial(t));
    }
    Map<String, Object> page = new HashMap<>();
    page.put("corpus", corpus);
    page.put("version", version);
    page.put("inputs", counts.inputs());
    page.put("succeeded", counts.succeeded());
    page.put("skipped", counts.skipped());
    page.put("failed", counts.failed());
    page.put("tripleCount", tripleCount[0]);
    page.put("familyCount", tripleCount[1] > 0 ? "" + tripleCount[1] : null);
    page.put("groupCount", groups.size());
    page.put("trialCount", trials.size());
    page.put("groups", groups);
    page.put("genes", new TreeSet<>(groups.stream().map(Group::gene).toList()));
    page.put("drugs", new TreeSet<>(groups.stream().map(Group::drug).toList()));
    page.put("effects", new TreeSet<>(groups.stream().map(Group::effect).toList()));
    page.put("trials", trials);
    page.put("hasTrials", !trials.isEmpty());
    page.put("skips", skips);
    page.put("hasSkips", !skips.isEmpty());
    page.put("failures", failures);
    page.put("hasFailures", !failures.isEmpty());
    StringWriter html = new StringWriter();
    TEMPLATE.execute(html, page).flush();
    return html.toString();
  }

  private static String key(String geneKind, String gene, String drug, String drugKind, String effect,
      boolean negated) {
    return String.join("\t", geneKind, gene, drug, drugKind, effect, Boolean.toString(negated));
  }

  /** The sentence cut around the first place each mention stands in it, the mentions marked. */
  static List<Part> parts(String sentence, String geneText, String drugText) {
    int[][] spans = {span(sentence, geneText), span(sentence, drugText)};
    if (spans[0] != null && spans[1] != null && spans[1][0] < spans[0][0]) {
      spans = new int[][] {spans[1], spans[0]};
    }
    List<Part> parts = new ArrayList<>();
    int at = 0;
    for (int[] span : spans) {
      if (span == null || span[0] < at) {
        continue;
      }
      if (span[0] > at) {
        parts.add(new Part(sentence.substring(at, span[0]), false));
      }
      parts.add(new Part(sentence.substring(span[0], span[1]), true));
      at = span[1];
    }
    if (at < sentence.length()) {
      parts.add(new Part(sentence.substring(at), false));
    }
    return parts;
  }

  private static int[] span(String sentence, String mention) {
    if (mention == null || mention.isEmpty()) {
      return null;
    }
    int i = sentence.indexOf(mention);
    return i < 0 ? null : new int[] {i, i + mention.length()};
  }

  private static Trial trial(TrialRecord t) {
    List<String> drugs = new ArrayList<>();
    if (t.drug() != null) {
      drugs.add(t.drug());
    }
    if (t.combination() != null) {
      drugs.addAll(t.combination());
    }
    List<String> results = new ArrayList<>();
    for (TrialResult r : t.results()) {
      results.add(r.metric() + " " + (r.value() == null ? "?" : number(r.value()))
          + (r.unit() == null ? "" : r.unit().equals("%") ? "%" : " " + r.unit()));
    }
    return new Trial(t.doc(), t.arm(), String.join(" + ", drugs), t.cancerType(), t.phase(), t.participants(),
        t.trialId(), String.join(", ", results));
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
  }

  /** {@code doc} to {@code title} of {@code documents.jsonl}, read without building the sections. */
  private static Map<String, String> titles(Path documents) throws IOException {
    Map<String, String> titles = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(documents, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String doc = null;
        String title = null;
        try (JsonParser parser = Json.mapper().getFactory().createParser(line)) {
          parser.nextToken();
          while (parser.nextToken() == JsonToken.FIELD_NAME && (doc == null || title == null)) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("doc")) {
              doc = parser.getValueAsString();
            } else if (field.equals("title")) {
              title = parser.getValueAsString();
            } else {
              parser.skipChildren();
            }
          }
        }
        if (doc != null && title != null && !title.isBlank()) {
          titles.putIfAbsent(doc, title);
        }
      }
    }
    return titles;
  }

  private static <T> List<T> lines(Path file, Class<T> type) throws IOException {
    List<T> records = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return records;
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          records.add(Json.parse(line, type));
        }
      }
    }
    return records;
  }
}
