package org.litmine.pipeline.trial;

import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.CodeNames;
import org.litmine.annotators.ner.EntityType;
import org.litmine.annotators.trial.CombinationParts;
import org.litmine.annotators.trial.TrialFact;

/**
 * The entity annotators' grounded drug and cancer mentions of a paper's passages (paragraphs, table cells, the
 * title: each as {@link org.litmine.annotators.BioNlp} annotated it, with the paper's abbreviations applied), read
 * back for any text the trial extractors look at. A text that is a passage or a piece of one (a sentence, a regimen
 * in a cell, the words after an arm's name) gets the mentions inside it, their offsets moved into it, where the
 * paper first writes it as whole words (else where it first writes it at all); a text the extractors put together
 * (a list with its brackets taken out) gets the names the annotators recognized anywhere in the paper, wherever it
 * writes them as whole words.
 *
 * <p>A drug's id is the annotators' normalized id; a code name the annotators kept as itself is its generic name
 * where the paper writes the two side by side ({@link EquatedCodeNames}: "Dalotuzumab-MK0646"). The drugs of a
 * regimen written as one hyphen-joined word, which the entity annotators do not split, are the trial annotator's
 * {@link TrialFact.Kind#DRUG_PART} facts, where no mention covers them; in a text no passage holds, the parts of its
 * hyphen-joined words that such a fact of the paper names ({@link CombinationParts#parts}).
 */
public final class AnnotatedMentions implements DrugMentions {

  /**
   * A passage as annotated: its text, its mentions and the trial annotator's drug parts of hyphen-joined words
   * ({@link TrialFact.Kind#DRUG_PART} facts), with character offsets into that text.
   */
  public record Passage(String text, List<BioMention> mentions, List<TrialFact> drugParts) {}

  private record Indexed(String folded, List<Found> drugs, List<Found> cancers, List<Found> parts) {}

  /** Where a text is read in a passage: the passage and the offset. */
  private record Place(Indexed passage, int at) {}

  private final List<Indexed> passages = new ArrayList<>();
  private final Map<String, List<Found>> drugsOf = new HashMap<>();
  private final Map<String, List<Found>> cancersOf = new HashMap<>();
  private Pattern drugSurfaces;
  private Pattern cancerSurfaces;
  private final Map<String, String> drugIds = new LinkedHashMap<>();
  private final Map<String, String> cancerIds = new LinkedHashMap<>();
  private final Map<String, String> partIds = new HashMap<>();
  private final EquatedCodeNames equated;

  /** The mentions and drug parts of {@code passages}; {@code paperText} is where side-by-side code names are sought. */
  public AnnotatedMentions(List<Passage> passages, String paperText) {
    this.equated = new EquatedCodeNames(paperText);
    for (Passage p : passages) {
      List<Found> drugs = new ArrayList<>();
      List<Found> cancers = new ArrayList<>();
      for (BioMention m : p.mentions()) {
        if (!m.grounded() || m.ids().isEmpty() || m.charBegin() < 0 || m.charEnd() > p.text().length()) {
          continue;
        }
        String written = fold(p.text().substring(m.charBegin(), m.charEnd()));
        // a class named after its target may be an arm: "standard EGFR-TKIs" (the class's id is its drug)
        boolean classArm = m.type() == EntityType.DRUG_CLASS && m.ids().get(0).endsWith(" inhibitor");
        if (m.type() == EntityType.DRUG || classArm) {
          Optional<String> generic = m.knownIds().stream().filter(k -> !k.equals(m.ids().get(0))).findFirst();
          Found f = new Found(m.charBegin(), m.charEnd(), written,
              classArm ? m.ids().get(0) : drugId(written, m.ids().get(0), generic));
          drugs.add(f);
          drugIds.putIfAbsent(written.toLowerCase(Locale.ROOT), f.id());
        } else if (m.type() == EntityType.CANCER) {
          cancers.add(new Found(m.charBegin(), m.charEnd(), written, m.ids().get(0)));
          cancerIds.putIfAbsent(written.toLowerCase(Locale.ROOT), m.ids().get(0));
        }
      }
      List<Found> parts = new ArrayList<>();
      for (TrialFact part : p.drugParts()) {
        String written = fold(p.text().substring(part.charBegin(), part.charEnd()));
        parts.add(part(part.charBegin(), part.charEnd(), written, part.value()));
        partIds.putIfAbsent(written, part.value());
      }
      drugs.sort(Comparator.comparingInt(Found::start));
      cancers.sort(Comparator.comparingInt(Found::start));
      this.passages.add(new Indexed(fold(p.text()), drugs, cancers, parts));
    }
  }

  /**
   * The passages of a paper as annotated: each text (a paragraph, a table cell, the title) with its sentences, whose
   * mentions' offsets are into that text.
   */
  public static List<Passage> passages(Map<String, List<CoreMap>> annotated) {
    List<Passage> out = new ArrayList<>();
    for (Map.Entry<String, List<CoreMap>> entry : annotated.entrySet()) {
      List<BioMention> mentions = new ArrayList<>();
      for (CoreMap sentence : entry.getValue()) {
        List<BioMention> own = sentence.get(BioAnnotations.BioMentionsAnnotation.class);
        mentions.addAll(own == null ? List.of() : own);
      }
      List<TrialFact> parts = TrialFacts.of(entry.getValue()).stream()
          .filter(f -> f.kind() == TrialFact.Kind.DRUG_PART).toList();
      out.add(new Passage(entry.getKey(), mentions, parts));
    }
    return out;
  }

  /** The drugs the annotators recognized in text, left to right. */
  @Override
  public List<Found> find(String text) {
    return drugsOf.computeIfAbsent(text, t -> {
      List<Found> found = new ArrayList<>(read(t, true));
      List<Found> mentions = List.copyOf(found);
      for (Found part : parts(t)) {
        if (mentions.stream().noneMatch(m -> m.start() < part.end() && part.start() < m.end())) {
          found.add(part);
        }
      }
      found.sort(Comparator.comparingInt(Found::start));
      return found;
    });
  }

  /**
   * The drug parts of the hyphen-joined words of a text: where a passage holds it, those the trial annotator read
   * there; else the parts of its own hyphen-joined words that a drug part of the paper is written as.
   */
  private List<Found> parts(String text) {
    String t = fold(text);
    if (t.isBlank()) {
      return List.of();
    }
    Place place = place(t);
    if (place != null) {
      return inside(place.passage().parts(), place.at(), t.length());
    }
    List<Found> found = new ArrayList<>();
    for (CombinationParts.Part part : CombinationParts.parts(t)) {
      String id = partIds.get(part.text());
      if (id != null) {
        found.add(part(part.start(), part.end(), part.text(), id));
      }
    }
    return found;
  }

  /** A drug part: a code name the lexicon keeps as itself is its normalized code, or its generic name beside it. */
  private Found part(int start, int end, String written, String lexiconId) {
    String code = CodeNames.isCode(written) ? CodeNames.normalize(written) : lexiconId;
    return new Found(start, end, written,
        drugId(written, code, Optional.of(lexiconId).filter(id -> !id.equals(code))));
  }

  /** The cancers the annotators recognized in text, left to right. */
  public List<Found> cancers(String text) {
    return cancersOf.computeIfAbsent(text, t -> read(t, false));
  }

  private List<Found> read(String text, boolean drugs) {
    String t = fold(text);
    if (t.isBlank()) {
      return List.of();
    }
    Place place = place(t);
    return place == null ? bySurface(t, drugs)
        : inside(drugs ? place.passage().drugs() : place.passage().cancers(), place.at(), t.length());
  }

  /** Where a folded text is read: where a passage first writes it as whole words, else where one first writes it. */
  private Place place(String t) {
    Place first = null;
    for (Indexed p : passages) {
      for (int i = p.folded().indexOf(t); i >= 0; i = p.folded().indexOf(t, i + 1)) {
        if (first == null) {
          first = new Place(p, i);
        }
        if (wordsAt(p.folded(), i, i + t.length())) {
          return new Place(p, i);
        }
      }
    }
    return first;
  }

  /** Whether [start, end) of a passage begins and ends at word bounds: not "gemcitabine" of "gemcitabine-cisplatin". */
  private static boolean wordsAt(String passage, int start, int end) {
    return (start == 0 || !inWord(passage.charAt(start - 1)) || !inWord(passage.charAt(start)))
        && (end == passage.length() || !inWord(passage.charAt(end)) || !inWord(passage.charAt(end - 1)));
  }

  private static boolean inWord(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }

  /** The mentions of a passage inside [at, at + length), their offsets moved to start there. */
  private static List<Found> inside(List<Found> mentions, int at, int length) {
    List<Found> inside = new ArrayList<>();
    for (Found f : mentions) {
      if (f.start() >= at && f.end() <= at + length) {
        inside.add(new Found(f.start() - at, f.end() - at, f.text(), f.id()));
      }
    }
    return inside;
  }

  /** A text no passage holds: the names recognized anywhere in the paper, where it writes them as whole words. */
  private List<Found> bySurface(String t, boolean drugs) {
    Map<String, String> ids = drugs ? drugIds : cancerIds;
    if (ids.isEmpty()) {
      return List.of();
    }
    Pattern surfaces = drugs ? drugSurfaces : cancerSurfaces;
    if (surfaces == null) {
      surfaces = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", ids.keySet().stream()
          .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList())
          + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      if (drugs) {
        drugSurfaces = surfaces;
      } else {
        cancerSurfaces = surfaces;
      }
    }
    List<Found> found = new ArrayList<>();
    Matcher m = surfaces.matcher(t);
    while (m.find()) {
      String id = ids.get(m.group().toLowerCase(Locale.ROOT));
      if (id != null) {
        found.add(new Found(m.start(), m.end(), m.group(), id));
      }
    }
    return found;
  }

  /**
   * The id of a drug written as {@code written}, which the annotators emit as {@code emitted} and know by
   * {@code generic} where that differs: a code name they kept as itself ("MK-0646" → mk0646) is its generic name
   * where the paper writes the two side by side.
   */
  private String drugId(String written, String emitted, Optional<String> generic) {
    if (generic.isPresent() && CodeNames.isCode(written) && emitted.equals(CodeNames.normalize(written))
        && equated.equated(generic.get(), emitted)) {
      return generic.get();
    }
    return emitted;
  }

  /** The same-length folding every text is compared in: typographic dashes and spaces, "·" as a full stop. */
  static String fold(String text) {
    return TrialText.fold(text).replace('·', '.');
  }
}
