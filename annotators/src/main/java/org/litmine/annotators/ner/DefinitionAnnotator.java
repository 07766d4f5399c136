package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.Parentheses;

/**
 * Applies what a paper defines in parentheses to the whole paper.
 *
 * <ul>
 *   <li>Abbreviations of entity names: "5-fluorouracil (5FU)" makes every later (and earlier) "5FU" a mention of
 *       fluorouracil, where no lexicon names it.
 *   <li>Code names equated with generic names: "linsitinib (OSI-906)" or "MK-0646 (dalotuzumab)" ground every
 *       mention of that code name in the paper to the generic name (ANNOTATION.md: the INN wins only where the paper
 *       equates them).
 * </ul>
 *
 * <p>Run it over an annotation whose sentences are the whole paper (see {@code BioNlp#annotateDocument}); over one
 * paragraph it applies what that paragraph defines. Register with
 * {@code customAnnotatorClass.biodefinitions = org.litmine.annotators.ner.DefinitionAnnotator}; it reads no
 * properties. A short form is one to three tokens between the brackets, right after a gene, drug, class or cancer
 * mention; an undefined short form must be one token of 2–10 characters with a capital letter or a digit.
 */
public class DefinitionAnnotator implements Annotator {

  private static final int MAX_SHORT_TOKENS = 3;
  private static final Set<EntityType> DEFINABLE =
      Set.of(EntityType.GENE, EntityType.DRUG, EntityType.CHEMICAL, EntityType.DRUG_CLASS, EntityType.CANCER);

  public DefinitionAnnotator(String name, Properties props) {}

  public DefinitionAnnotator() {}

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    Map<String, BioMention> abbreviations = new HashMap<>();
    Map<String, String> codeToGeneric = new HashMap<>();
    Set<String> otherMeanings = new java.util.HashSet<>();
    for (CoreMap sentence : sentences) {
      collect(sentence, abbreviations, codeToGeneric, otherMeanings);
    }
    if (abbreviations.isEmpty() && codeToGeneric.isEmpty() && otherMeanings.isEmpty()) {
      return;
    }
    for (CoreMap sentence : sentences) {
      apply(sentence, abbreviations, codeToGeneric, otherMeanings);
    }
  }

  private static void collect(CoreMap sentence, Map<String, BioMention> abbreviations,
      Map<String, String> codeToGeneric, Set<String> otherMeanings) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<BioMention> mentions = sentence.get(BioAnnotations.BioMentionsAnnotation.class);
    for (int open = 1; open < tokens.size(); open++) {
      if (!isOpen(tokens.get(open))) {
        continue;
      }
      int close = open + 1;
      while (close < tokens.size() && close - open - 1 < MAX_SHORT_TOKENS && !isClose(tokens.get(close))) {
        close++;
      }
      if (close >= tokens.size() || !isClose(tokens.get(close)) || close == open + 1) {
        continue;
      }
      int shortBegin = open + 1;
      int shortEnd = close;
      if (shortEnd - shortBegin > 1 && isDash(tokens.get(shortEnd - 1))) {
        shortEnd--;  // "doxycycline- (Dox-; 1 µg/ml)": the hyphen of a compound the words share
      }
      BioMention longForm = endingAt(mentions, open);
      if (longForm == null && isDash(tokens.get(open - 1))) {
        longForm = endingAt(mentions, open - 1);
      }
      String shortText = shortEnd - shortBegin == 1 ? withoutTrailingDash(tokens.get(shortBegin).originalText()) : null;
      if (longForm == null && shortText != null && initialsBefore(tokens, mentions, shortText, open)) {
        otherMeanings.add(shortText);  // "partial response (PR)"
      }
      BioMention written = endingAt(mentions, open);
      if (written != null && written.tokenEnd() - written.tokenBegin() == 1
          && initialsWithin(tokens, mentions, written.text(), shortBegin, close)) {
        otherMeanings.add(written.text());  // "PR (partial response)"
      }
      if (longForm == null || !DEFINABLE.contains(longForm.type())) {
        continue;
      }
      BioMention shortForm = spanning(mentions, shortBegin, shortEnd);
      if (shortForm != null && !shortForm.grounded() && longForm.grounded()) {
        abbreviations.putIfAbsent(shortForm.text(), longForm);
      } else if (shortForm != null && redefines(longForm, shortForm)) {
        abbreviations.putIfAbsent(shortForm.text(), longForm);
      } else if (shortForm != null) {
        equate(longForm, shortForm, codeToGeneric);
      } else if (shortText != null && plausibleShortForm(shortText, longForm.text())) {
        abbreviations.putIfAbsent(shortText, longForm);
      }
    }
  }

  /** "linsitinib (OSI-906)" and "MK-0646 (dalotuzumab)": the code name stands for the generic name. */
  private static void equate(BioMention a, BioMention b, Map<String, String> codeToGeneric) {
    if (!a.type().isDrugLike() || !b.type().isDrugLike()) {
      return;
    }
    boolean aCode = CodeNames.isCode(a.text());
    boolean bCode = CodeNames.isCode(b.text());
    if (aCode != bCode) {
      BioMention code = aCode ? a : b;
      BioMention generic = aCode ? b : a;
      codeToGeneric.putIfAbsent(code.ids().get(0), generic.ids().get(0));
    }
  }

  private static void apply(CoreMap sentence, Map<String, BioMention> abbreviations,
      Map<String, String> codeToGeneric, Set<String> otherMeanings) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<BioMention> mentions = new ArrayList<>();
    for (BioMention m : sentence.get(BioAnnotations.BioMentionsAnnotation.class)) {
      if (otherMeanings.contains(m.text())) {
        for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) {
          tokens.get(t).setNER("O");
        }
        continue;
      }
      BioMention defined = abbreviations.get(m.text());
      if (defined != null && (!m.grounded() && defined.grounded()
          || sameKindOfAgent(m, defined) && !m.ids().equals(defined.ids()))) {
        m = new BioMention(defined.type(), m.text(), defined.ids(), m.tokenBegin(), m.tokenEnd(), m.charBegin(),
            m.charEnd(), defined.knownIds());  // the paper's own definition of an abbreviation wins over the lexicon
        for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) {
          tokens.get(t).setNER(defined.type().name());
        }
      }
      String generic = m.type().isDrugLike() ? codeToGeneric.get(m.ids().get(0)) : null;
      mentions.add(generic == null ? m : m.withIds(List.of(generic)));
    }
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      BioMention defined = abbreviations.get(token.originalText());
      int index = i;
      if (defined == null || otherMeanings.contains(token.originalText())
          || mentions.stream().anyMatch(m -> m.covers(index))) {
        continue;
      }
      List<String> ids = defined.type().isDrugLike() && codeToGeneric.containsKey(defined.ids().get(0))
          ? List.of(codeToGeneric.get(defined.ids().get(0))) : defined.ids();
      mentions.add(new BioMention(defined.type(), token.originalText(), ids, i, i + 1, token.beginPosition(),
          token.endPosition(), defined.knownIds()));
      token.setNER(defined.type().name());
    }
    mentions.sort(BioMention.IN_ORDER);
    sentence.set(BioAnnotations.BioMentionsAnnotation.class, mentions);
  }

  /**
   * Whether the words right before {@code open} spell an all-capital short form of 2–5 letters by their initials
   * ("partial response (PR)", "overall survival (OS)") and no entity mention is among them.
   */
  private static boolean initialsBefore(List<CoreLabel> tokens, List<BioMention> mentions, String shortForm,
      int open) {
    return spelledShortForm(shortForm) && open - shortForm.length() >= 0
        && spells(tokens, mentions, shortForm, open - shortForm.length(), open);
  }

  /** Whether the words in [begin, end) are exactly a spelling of the short form by their initials. */
  private static boolean initialsWithin(List<CoreLabel> tokens, List<BioMention> mentions, String shortForm,
      int begin, int end) {
    return spelledShortForm(shortForm) && end - begin == shortForm.length()
        && spells(tokens, mentions, shortForm, begin, end);
  }

  private static boolean spelledShortForm(String text) {
    return text.length() >= 2 && text.length() <= 5 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  private static boolean spells(List<CoreLabel> tokens, List<BioMention> mentions, String shortForm, int begin,
      int end) {
    for (int i = begin; i < end; i++) {
      String word = tokens.get(i).originalText();
      int index = i;
      if (word.length() < 2 || !word.chars().allMatch(Character::isLetter)
          || Character.toUpperCase(word.charAt(0)) != shortForm.charAt(i - begin)
          || mentions.stream().anyMatch(m -> m.covers(index))) {
        return false;
      }
    }
    return true;
  }

  /** A short form of 2–10 characters with a capital or a digit, starting as some word of the long form does. */
  private static boolean plausibleShortForm(String text, String longForm) {
    char first = Character.toLowerCase(text.charAt(0));
    boolean startsAWord = false;
    for (String word : longForm.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
      startsAWord |= !word.isEmpty() && word.charAt(0) == first;
    }
    return startsAWord && text.length() >= 2 && text.length() <= 10 && text.chars().anyMatch(Character::isLetter)
        && text.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        && text.chars().noneMatch(Character::isWhitespace);
  }

  /**
   * Whether the paper defines a drug's abbreviation that a lexicon gives another drug: "doxycycline (Dox)" where the
   * lexicon reads "Dox" as doxorubicin; likewise a class's ("EGFR tyrosine kinase inhibitors (TKIs)"). The short form
   * must be an abbreviation, not a code name (those are equated).
   */
  private static boolean redefines(BioMention longForm, BioMention shortForm) {
    return sameKindOfAgent(longForm, shortForm) && !longForm.ids().equals(shortForm.ids())
        && !CodeNames.isCode(shortForm.text()) && !CodeNames.isCode(longForm.text())
        && plausibleShortForm(shortForm.text(), longForm.text())
        && shortForm.text().length() < longForm.text().length();
  }

  /** Two drugs or chemicals, or two drug classes ("EGFR tyrosine kinase inhibitors (TKIs)"). */
  private static boolean sameKindOfAgent(BioMention a, BioMention b) {
    return a.type().isDrugLike() && b.type().isDrugLike()
        || a.type() == EntityType.DRUG_CLASS && b.type() == EntityType.DRUG_CLASS;
  }

  private static boolean isDash(CoreLabel token) {
    return "-".equals(token.originalText());
  }

  private static String withoutTrailingDash(String text) {
    return text.length() > 2 && text.endsWith("-") ? text.substring(0, text.length() - 1) : text;
  }

  private static boolean isOpen(CoreLabel token) {
    return Parentheses.opens(token.word());
  }

  private static boolean isClose(CoreLabel token) {
    return Parentheses.endsFirstItem(token.word());
  }

  private static BioMention endingAt(List<BioMention> mentions, int tokenIndex) {
    return mentions.stream().filter(m -> m.tokenEnd() == tokenIndex && DEFINABLE.contains(m.type()))
        .reduce((first, second) -> second).orElse(null);
  }

  private static BioMention spanning(List<BioMention> mentions, int begin, int end) {
    return mentions.stream().filter(m -> m.tokenBegin() == begin && m.tokenEnd() == end).findFirst().orElse(null);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(BioAnnotations.BioMentionsAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }
}
