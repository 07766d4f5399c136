package org.litmine.pipeline.trial;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litmine.annotators.BioNlp;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.document.Table;

/**
 * The trial records of a paper annotated with the real models for an IT: each paragraph, each table cell and the
 * title on its own, the mentions the trial extractors read (the run annotates the paragraphs and cells of a paper
 * together, with its abbreviations applied).
 */
final class AnnotatedTrialPaper {

  private AnnotatedTrialPaper() {}

  static List<TrialRecord> trials(BioNlp nlp, TrialExtractor extractor, Paper paper) {
    Map<Paragraph, List<CoreMap>> sentences = new LinkedHashMap<>();
    for (Section section : paper.sections()) {
      for (Paragraph paragraph : section.paragraphs()) {
        sentences.put(paragraph, sentencesOf(nlp, paragraph.text()));
      }
    }
    Map<String, List<CoreMap>> cellsAndTitle = new LinkedHashMap<>();
    for (Table table : paper.tables()) {
      for (List<String> row : table.rows()) {
        for (String cell : row) {
          if (cell != null && !cell.isBlank()) {
            cellsAndTitle.computeIfAbsent(cell, c -> sentencesOf(nlp, c));
          }
        }
      }
    }
    if (paper.title() != null && !paper.title().isBlank()) {
      cellsAndTitle.computeIfAbsent(paper.title(), t -> sentencesOf(nlp, t));
    }
    return extractor.extract(paper, sentences, cellsAndTitle);
  }

  private static List<CoreMap> sentencesOf(BioNlp nlp, String text) {
    return nlp.annotate(text).get(CoreAnnotations.SentencesAnnotation.class);
  }
}
