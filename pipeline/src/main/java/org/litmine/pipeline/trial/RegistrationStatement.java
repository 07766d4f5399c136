package org.litmine.pipeline.trial;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Section;

/**
 * The registry id a paper gives for its own trial: the first id of a "Trial registration" section, else the first id
 * of a sentence that states a registration ("registered with ClinicalTrials.gov, NCT01234567", "ClinicalTrials.gov
 * identifier: NCT01234567", "(ClinicalTrials.gov NCT01234567)") or gives it in a bracket after the paper's own trial
 * ("In this open-label phase 3 trial (ISRCTN12345678), ..."). Failing those, the paper's only id where it is out of
 * the background: in a paragraph after the first or in the last sentence ("... required 43 evaluable patients
 * (NCT01234567).", a closing "EudraCT 2011-001234-19."). An id cited elsewhere (another trial's, in the background) is
 * not the paper's own.
 */
final class RegistrationStatement {

  private static final Pattern REGISTRATION = Pattern.compile("(?i)\\bregist|\\bidentifier\\b|clinicaltrials\\.gov"
      + "|\\b(?:this|our)\\b[^.()]{0,60}?\\b(?:trial|study)\\s*\\(\\s*(?:NCT|ISRCTN|EudraCT)");

  private RegistrationStatement() {}

  /** The paper's own registry id, if it states one. */
  static Optional<String> ownRegistryId(Paper paper, List<TrialSentence> sentences, TrialFacts facts) {
    for (Section section : paper.sections()) {
      if (section.name().toLowerCase().contains("registration")) {
        for (var paragraph : section.paragraphs()) {
          List<String> ids = TrialFacts.registryIds(facts.in(paragraph.text()));
          if (!ids.isEmpty()) {
            return Optional.of(ids.get(0));
          }
        }
      }
    }
    for (TrialSentence s : sentences) {
      List<String> ids = s.registryIds();
      if (!ids.isEmpty() && REGISTRATION.matcher(s.text()).find()) {
        return Optional.of(ids.get(0));
      }
    }
    return onlyIdOutOfBackground(paper.title(), sentences);
  }

  /** The paper's only id, where a sentence gives it after the first paragraph (the title's aside) or last. */
  private static Optional<String> onlyIdOutOfBackground(String title, List<TrialSentence> sentences) {
    List<String> ids = sentences.stream().flatMap(s -> s.registryIds().stream()).distinct().toList();
    if (ids.size() != 1) {
      return Optional.empty();
    }
    int firstParagraph = sentences.stream().filter(s -> title == null || !title.contains(s.text().strip()))
        .mapToInt(TrialSentence::paragraph).findFirst().orElse(-1);
    for (int i = 0; i < sentences.size(); i++) {
      TrialSentence s = sentences.get(i);
      if (!s.registryIds().isEmpty() && (s.paragraph() != firstParagraph || i == sentences.size() - 1)) {
        return Optional.of(ids.get(0));
      }
    }
    return Optional.empty();
  }
}
