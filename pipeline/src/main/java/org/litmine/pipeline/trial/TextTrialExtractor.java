package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Trial records from sentences: a sentence that names a drug and a trial (a trial word, patients, a registry id;
 * in it or in the sentences before it that cite the same reference) and gives a registry id or response figures. Phase and cancer type missing from the sentence come from the
 * sentences before it in the paragraph that cite the same reference ("A phase 2 trial in recurrent small cell lung
 * cancer patients shows … [159]. … median progression-free survival of 3.0 … and 1.2 … months for topotecan and
 * linsitinib, respectively [159]").
 *
 * <p>A trial a table already reports (same registry id, or same reference and drug) gives no new record, except for
 * an arm the table does not have: figures given "for" a drug the table row is not about become a record of that
 * arm, sharing the row's registry id. Drugs joined by "or" are alternatives, not a combination.
 */
public final class TextTrialExtractor {

  private static final Pattern TRIAL_CUE = Pattern.compile(
      "(?i)\\b(?:trials?|study|studies|patients|cases|meta-analysis|clinicaltrials(?:\\.gov)?|enrolled|randomi[sz]ed|"
          + "participants|cohort)\\b");
  private static final Pattern COMBINATION_CUE = Pattern.compile(
      "(?i)\\b(?:combination|combined|combining|plus|with)\\b|\\+");
  private static final int CONTEXT_SENTENCES = 3;

  private final TrialVocabulary vocabulary;
  private final ResponseParser parser;

  public TextTrialExtractor(TrialVocabulary vocabulary, ResponseParser parser) {
    this.vocabulary = vocabulary;
    this.parser = parser;
  }

  /** The text records of a paper, given its table records (to link and to avoid repeating). */
  public List<TrialRecord> extract(String doc, List<TrialSentence> sentences, List<TrialRecord> tableRecords,
      Set<Integer> refs) {
    List<TrialRecord> records = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      TrialSentence s = sentences.get(i);
      List<String> ids = s.registryIds();
      List<TrialResult> results = parser.parse(TextWithFacts.of(s));
      if (ids.isEmpty() && results.isEmpty() || s.drugs().isEmpty()) {
        continue;
      }
      List<Integer> cited = TrialText.citations(s.text()).stream()
          .filter(n -> refs.isEmpty() || refs.contains(n)).distinct().toList();
      Integer ref = cited.size() == 1 ? cited.get(0) : null;
      List<TrialSentence> context = context(sentences, i, ref);
      if (!TRIAL_CUE.matcher(s.text()).find() && context.stream().noneMatch(c -> TRIAL_CUE.matcher(c.text()).find())) {
        continue;
      }
      String phase = s.phase().or(() -> first(context, TrialSentence::phase)).orElse(null);
      String cancer = s.cancers().isEmpty() ? first(context, c -> c.cancers().stream().findFirst()).orElse(null)
          : s.cancers().get(0);
      String status = vocabulary.status(s.text()).orElse(null);
      Map<String, List<TrialResult>> byArm = armsNamingDrugs(s, results);
      if (!byArm.isEmpty()) {
        for (Map.Entry<String, List<TrialResult>> arm : byArm.entrySet()) {
          String drug = s.drugs().get(s.drugTexts().indexOf(arm.getKey()));
          Optional<TrialRecord> linked = linked(tableRecords, ids, ref);
          if (linked.isPresent() && linked.get().drug().equals(drug)) {
            continue;
          }
          String trialId = ids.isEmpty() ? linked.map(TrialRecord::trialId).orElse(null) : ids.get(0);
          add(records, new TrialRecord(doc, arm.getKey(), drug, List.of(), cancer, phase, null, trialId, ref,
              status, arm.getValue(), "text"));
        }
        continue;
      }
      if (linked(tableRecords, ids, ref).isPresent()) {
        continue;
      }
      String drug = s.drugs().get(0);
      List<String> combination = combination(s);
      Integer participants = s.participants().orElse(null);
      add(records, new TrialRecord(doc, null, drug, combination, cancer, phase, participants,
          ids.isEmpty() ? null : ids.get(0), ref, status, results, "text"));
    }
    return records;
  }

  /** Results whose arm is a drug the sentence names, grouped by that arm; empty unless every arm is one. */
  private static Map<String, List<TrialResult>> armsNamingDrugs(TrialSentence s, List<TrialResult> results) {
    Map<String, List<TrialResult>> byArm = new LinkedHashMap<>();
    for (TrialResult r : results) {
      if (r.arm() == null || !s.drugTexts().contains(r.arm())) {
        return Map.of();
      }
      byArm.computeIfAbsent(r.arm(), k -> new ArrayList<>()).add(r);
    }
    return byArm;
  }

  /** The table record of the same trial: same registry id, else same reference. */
  private static Optional<TrialRecord> linked(List<TrialRecord> tableRecords, List<String> ids, Integer ref) {
    for (TrialRecord t : tableRecords) {
      if (t.trialId() != null && ids.contains(t.trialId())) {
        return Optional.of(t);
      }
    }
    return tableRecords.stream().filter(t -> ref != null && ref.equals(t.ref())).findFirst();
  }

  /** Up to three sentences before sentence i in its paragraph, nearest first, citing ref (or any, if ref is null). */
  private static List<TrialSentence> context(List<TrialSentence> sentences, int i, Integer ref) {
    List<TrialSentence> context = new ArrayList<>();
    for (int k = i - 1; k >= 0 && k >= i - CONTEXT_SENTENCES; k--) {
      TrialSentence c = sentences.get(k);
      if (c.paragraph() != sentences.get(i).paragraph()) {
        break;
      }
      if (ref == null || TrialText.citations(c.text()).contains(ref)) {
        context.add(c);
      }
    }
    return context;
  }

  private static <T> Optional<T> first(List<TrialSentence> context,
      java.util.function.Function<TrialSentence, Optional<T>> read) {
    return context.stream().map(read).flatMap(Optional::stream).findFirst();
  }

  /** The other drugs of the sentence, if it combines them ("with", "plus") rather than lists alternatives ("or"). */
  private static List<String> combination(TrialSentence s) {
    if (s.drugs().size() < 2 || !COMBINATION_CUE.matcher(s.text()).find()) {
      return List.of();
    }
    String first = s.drugTexts().get(0);
    String last = s.drugTexts().get(s.drugTexts().size() - 1);
    int from = s.text().indexOf(first);
    int to = s.text().lastIndexOf(last);
    if (from >= 0 && to > from && s.text().substring(from, to).matches("(?s).*\\bor\\b.*")) {
      return List.of();
    }
    return s.drugs().stream().skip(1).filter(d -> !d.equals(s.drugs().get(0))).distinct().toList();
  }

  /** Adds a record unless one of the same trial and arm is there: then only its missing results are added. */
  private static void add(List<TrialRecord> records, TrialRecord r) {
    for (int k = 0; k < records.size(); k++) {
      TrialRecord o = records.get(k);
      boolean same = Objects.equals(o.arm(), r.arm()) && o.drug().equals(r.drug())
          && (o.trialId() != null && o.trialId().equals(r.trialId()) || o.ref() != null && o.ref().equals(r.ref()));
      if (same) {
        List<TrialResult> results = new ArrayList<>(o.results());
        r.results().stream().filter(x -> !results.contains(x)).forEach(results::add);
        records.set(k, new TrialRecord(o.doc(), o.arm(), o.drug(), o.combination(), o.cancerType(), o.phase(),
            o.participants(), o.trialId(), o.ref(), o.status() != null ? o.status() : r.status(), results,
            o.source()));
        return;
      }
    }
    records.add(r);
  }
}
