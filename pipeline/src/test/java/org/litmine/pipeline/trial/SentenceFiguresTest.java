package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The figures of sentences of the kind trial abstracts write (sentence_figures.tsv: sentence, figures expected). */
class SentenceFiguresTest {

  private static final SentenceFigures FIGURES = new SentenceFigures(TrialPatterns.ownTrial(), TrialVocabulary.load());

  @ParameterizedTest
  @CsvFileSource(resources = "sentence_figures.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void readsTheFiguresOfASentence(String sentence, String expected) {
    assertEquals(expected == null ? "" : expected, describe(read(sentence)));
  }

  @Test
  void aConfidenceLevelADoseAndAYearAreNeverFigures() {
    assertEquals("", describe(read(
        "Between 2009 and 2011, patients received gemcitabine 1250 mg/m2; 95% CI were computed.")));
  }

  @Test
  void aBareIntervalInASentenceThatLabelsNoneTakesTheLevelThePaperLabelledLast() {
    String sentence = "Overall survival was longer with the drug [17.1 versus 13.2 months, HR 0.87 (0.63-1.21)].";
    assertEquals("OS 17.1months; OS 13.2months; HR(OS) 0.87 [0.63,1.21]/95.0",
        describe(FIGURES.read(sentence, TokenFacts.of(sentence), 95.0, null)));
    assertEquals("OS 17.1months; OS 13.2months; HR(OS) 0.87", describe(read(sentence)));
  }

  @Test
  void aValueWithItsIntervalAndAPValueIsARatioWhereThePaperNamedOne() {
    String sentence = "Median progression-free survival was 4.5 months for the drug group compared with 3.0 months for"
        + " the control group (0.76, 0.68-0.86; p<0.0001).";
    assertEquals("PFS 4.5months; PFS 3.0months; HR(PFS) 0.76 [0.68,0.86]/95.0",
        describe(FIGURES.read(sentence, TokenFacts.of(sentence), 95.0, "HR")));
    assertEquals("PFS 4.5months; PFS 3.0months", describe(read(sentence)));
  }

  private static List<SentenceFigures.Figure> read(String sentence) {
    return FIGURES.read(sentence, TokenFacts.of(sentence));
  }

  static String describe(List<SentenceFigures.Figure> figures) {
    return figures.stream().map(f -> f.metric() + (f.endpoint() == null ? "" : "(" + f.endpoint() + ")")
        + (f.timepoint() == null ? "" : "@" + f.timepoint()) + " "
        + (f.notReached() ? "NR" : String.format(Locale.ROOT, "%s", f.value())) + (f.unit() == null ? "" : f.unit())
        + (f.ciLow() == null ? "" : " [" + f.ciLow() + "," + f.ciHigh() + "]/" + f.ciLevel()))
        .collect(Collectors.joining("; "));
  }
}
