package org.litmine.pipeline.trial;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Reference;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.document.Table;

/**
 * Finds the clinical-trial records of a paper (ANNOTATION.md section 2): one per row of its trial tables
 * ({@link TableTrialExtractor}), one per trial or extra arm its sentences report ({@link TextTrialExtractor}), and,
 * where the paper is itself a trial report, one per arm of that trial ({@link TrialReportExtractor}), or, where it
 * reports its own trial in running text only (an abstract), one per arm that text names
 * ({@link OwnTrialTextExtractor}). A paper with no table that gives its registry id is read as an abstract where that
 * reading finds at least as many arms as the report's lettered arms and arm-named abbreviations. In a trial
 * report, sentences about other trials give records only when they name a registry id: its discussion of earlier
 * trials is background, not results.
 *
 * <p>The drugs and cancers of every text they read, sentences and table cells alike, are the entity annotators'
 * mentions ({@link AnnotatedMentions}); what is particular to trials (regimen abbreviations, non-drug treatments) is
 * {@link TrialDrugs}'. Their registry ids, phases and participant counts are the trial annotator's facts
 * ({@link TrialFacts}), as are the drugs of regimens written as one hyphen-joined word. Build one per worker: it loads
 * the trial vocabulary once.
 */
public final class TrialExtractor {

  private final TrialVocabulary vocabulary;
  private final TableTrialExtractor tables;
  private final TextTrialExtractor text;
  private final TrialReportExtractor report;
  private final OwnTrialTextExtractor ownTrial;

  public TrialExtractor() {
    this(TrialVocabulary.load());
  }

  TrialExtractor(TrialVocabulary vocabulary) {
    this.vocabulary = vocabulary;
    ResponseParser parser = new ResponseParser(vocabulary);
    this.tables = new TableTrialExtractor(vocabulary, parser);
    this.text = new TextTrialExtractor(vocabulary, parser);
    this.report = new TrialReportExtractor(parser);
    this.ownTrial = new OwnTrialTextExtractor(vocabulary);
  }

  /**
   * The trial records of a paper. {@code sentences} holds, for each paragraph of the body, its sentences as
   * annotated by {@link org.litmine.annotators.BioNlp} (entity mentions included); {@code cellsAndTitle} the same
   * for each table cell and for the title, by their text.
   */
  public List<TrialRecord> extract(Paper paper, Map<Paragraph, List<CoreMap>> sentences,
      Map<String, List<CoreMap>> cellsAndTitle) {
    Map<String, List<CoreMap>> passages = new LinkedHashMap<>();
    String title = paper.title() == null ? "" : paper.title();
    if (cellsAndTitle.containsKey(title)) {
      passages.put(title, cellsAndTitle.get(title));
    }
    sentences.forEach((paragraph, annotated) -> passages.putIfAbsent(paragraph.text(), annotated));
    cellsAndTitle.forEach(passages::putIfAbsent);
    AnnotatedMentions mentions = new AnnotatedMentions(AnnotatedMentions.passages(passages), paperText(paper));
    return extract(paper, sentences(paper, sentences), mentions, TrialFacts.of(passages));
  }

  /**
   * The trial records of a paper whose sentences are already read into {@link TrialSentence}s; {@code facts} holds
   * the trial facts of its title, paragraphs and table cells.
   */
  public List<TrialRecord> extract(Paper paper, List<TrialSentence> sentences, AnnotatedMentions mentions,
      TrialFacts facts) {
    TrialDrugs drugs = new TrialDrugs(mentions, vocabulary);
    drugs.learnAbbreviations(texts(paper));
    Set<Integer> refs = new TreeSet<>();
    for (Reference reference : paper.references()) {
      if (reference.number() > 0) {
        refs.add(reference.number());
      }
    }
    List<TrialRecord> records = new ArrayList<>();
    for (Table table : paper.tables()) {
      records.addAll(tables.extract(paper.doc(), table, drugs, facts, refs));
    }
    List<TrialRecord> reported = report.extract(paper, sentences, drugs, mentions, facts);
    if (reported.isEmpty() || paper.tables().isEmpty()) {
      List<TrialRecord> own = ownTrial.extract(paper, sentences, drugs, facts);
      if (!own.isEmpty() && own.size() >= reported.size()) {
        records.addAll(own);
        return records;
      }
    }
    List<TrialRecord> known = new ArrayList<>(records);
    known.addAll(reported);
    for (TrialRecord fromText : text.extract(paper.doc(), sentences, known, refs)) {
      if (reported.isEmpty() || fromText.trialId() != null) {
        records.add(fromText);
      }
    }
    records.addAll(reported);
    return records;
  }

  /** The paper's title, paragraphs, table captions and cells, in order: where its regimen abbreviations are sought. */
  static List<String> texts(Paper paper) {
    List<String> texts = new ArrayList<>();
    texts.add(paper.title() == null ? "" : paper.title());
    for (Section section : paper.sections()) {
      for (Paragraph paragraph : section.paragraphs()) {
        texts.add(paragraph.text());
      }
    }
    for (Table table : paper.tables()) {
      if (table.caption() != null) {
        texts.add(table.caption());
      }
      table.rows().forEach(row -> row.stream().filter(cell -> cell != null).forEach(texts::add));
    }
    return texts;
  }

  /** The paper's title, body and table cells: where side-by-side generic and code names are sought. */
  static String paperText(Paper paper) {
    StringBuilder all = new StringBuilder(paper.title() == null ? "" : paper.title()).append('\n');
    for (Section section : paper.sections()) {
      for (Paragraph paragraph : section.paragraphs()) {
        all.append(paragraph.text()).append('\n');
      }
    }
    for (Table table : paper.tables()) {
      all.append(table.caption()).append('\n');
      table.rows().forEach(row -> all.append(String.join(" ; ", row)).append('\n'));
    }
    return all.toString();
  }

  /** The annotated sentences as {@link TrialSentence}s, numbering paragraphs in order. */
  static List<TrialSentence> sentences(Paper paper, Map<Paragraph, List<CoreMap>> byParagraph) {
    Map<Paragraph, String> sectionOf = new java.util.HashMap<>();
    paper.sections().forEach(s -> s.paragraphs().forEach(p -> sectionOf.put(p, s.name())));
    List<TrialSentence> out = new ArrayList<>();
    int paragraph = 0;
    for (Map.Entry<Paragraph, List<CoreMap>> entry : byParagraph.entrySet()) {
      String section = sectionOf.getOrDefault(entry.getKey(), "");
      for (CoreMap sentence : entry.getValue()) {
        List<String> drugs = new ArrayList<>();
        List<String> drugTexts = new ArrayList<>();
        List<String> cancers = new ArrayList<>();
        List<BioMention> mentions = sentence.get(BioAnnotations.BioMentionsAnnotation.class);
        for (BioMention m : mentions == null ? List.<BioMention>of() : mentions) {
          if (m.type() == EntityType.DRUG && !m.ids().isEmpty()) {
            drugs.add(m.ids().get(0));
            drugTexts.add(m.text());
          } else if (m.type() == EntityType.CANCER) {
            cancers.add(m.text());
          }
        }
        out.add(new TrialSentence(sentence.get(CoreAnnotations.TextAnnotation.class), section, paragraph, drugs,
            drugTexts, cancers, TrialFacts.ofSentence(sentence)));
      }
      paragraph++;
    }
    return out;
  }
}
