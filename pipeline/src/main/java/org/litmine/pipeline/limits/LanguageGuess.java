package org.litmine.pipeline.limits;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Section;

/**
 * Guesses the language of a paper's body text, well enough to keep papers the English models cannot read out of
 * a run. Text mostly in a non-Latin script gets that script's main language ({@code zh}, {@code ja}, {@code ko},
 * {@code ru}, {@code ar}, {@code el}, {@code he}, {@code hi}, {@code th}); Latin-script text gets the language whose
 * most common function words it uses most ({@code en}, {@code de}, {@code fr}, {@code es}, {@code it}, {@code pt},
 * {@code nl}), English winning ties. Too little text, or too few function words of any language, is
 * {@link #UNDETERMINED} and never refused. Deterministic: the first {@value #SAMPLE_CHARS} characters decide.
 */
public final class LanguageGuess {

  public static final String UNDETERMINED = "und";
  static final int SAMPLE_CHARS = 20_000;
  static final int MIN_WORDS = 20;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

  static {
    words("en", "the of and to in is that for with was were are as by on this be from at which we an or not it these "
        + "have has than been but can our its their between after both each");
    words("de", "der die das und den von zu mit ist des sich dem nicht ein eine einer auf für im auch wird werden "
        + "wurde wurden bei sind oder als nach wie aus zur zum über durch");
    words("fr", "le la les de des et en un une du est que dans pour par sur au aux avec sont ce cette qui pas été ont "
        + "ou mais leur");
    words("es", "el la los las de del y en que un una por con para es se al como su sus fue son más entre este esta "
        + "pero");
    words("it", "il lo la gli le di del della e che un una per con è sono nel nella dei delle non alla anche come "
        + "questo");
    words("pt", "o a os as de do da dos das e que um uma para com em no na por não são foi mais entre este esta");
    words("nl", "de het een en van in is dat op te met voor zijn niet aan door als worden wordt werd bij ook naar");
  }

  private static void words(String language, String words) {
    FUNCTION_WORDS.put(language, Set.of(words.split(" ")));
  }

  private static final Map<Character.UnicodeScript, String> SCRIPTS = Map.of(
      Character.UnicodeScript.HAN, "zh", Character.UnicodeScript.HANGUL, "ko",
      Character.UnicodeScript.CYRILLIC, "ru", Character.UnicodeScript.ARABIC, "ar",
      Character.UnicodeScript.GREEK, "el", Character.UnicodeScript.HEBREW, "he",
      Character.UnicodeScript.DEVANAGARI, "hi", Character.UnicodeScript.THAI, "th",
      Character.UnicodeScript.HIRAGANA, "ja", Character.UnicodeScript.KATAKANA, "ja");

  private LanguageGuess() {}

  /** The language of the paper's body text (its first {@value #SAMPLE_CHARS} characters). */
  public static String of(Paper paper) {
    StringBuilder text = new StringBuilder();
    for (Section section : paper.sections()) {
      for (Paragraph paragraph : section.paragraphs()) {
        if (text.length() >= SAMPLE_CHARS) {
          return of(text.toString());
        }
        text.append(paragraph.text()).append('\n');
      }
    }
    return of(text.toString());
  }

  /** The ISO 639-1 code of the language of {@code text}, or {@link #UNDETERMINED}. */
  public static String of(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Optional<String> script = byScript(sample);
    return script.orElseGet(() -> byFunctionWords(sample));
  }

  /**
   * Why a paper in {@code detected} is refused when only {@code allowed} languages are (empty: any), e.g.
   * {@code "not English (detected: de)"}; empty when it is not refused.
   */
  public static Optional<String> refusal(String detected, List<String> allowed) {
    if (allowed.isEmpty() || detected.equals(UNDETERMINED) || allowed.contains(detected)) {
      return Optional.empty();
    }
    String names = allowed.stream().map(code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH))
        .collect(Collectors.joining(" or "));
    return Optional.of("not " + names + " (detected: " + detected + ")");
  }

  private static Optional<String> byScript(String sample) {
    Map<String, Integer> counts = new HashMap<>();
    int letters = 0;
    int kana = 0;
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      String language = SCRIPTS.get(script);
      if (language != null) {
        counts.merge(language.equals("ja") ? "zh" : language, 1, Integer::sum);
        kana += language.equals("ja") ? 1 : 0;
      }
    }
    if (letters == 0) {
      return Optional.empty();
    }
    String top = null;
    int best = 0;
    for (String language : List.of("zh", "ko", "ru", "ar", "el", "he", "hi", "th")) {
      int n = counts.getOrDefault(language, 0);
      if (n > best) {
        top = language;
        best = n;
      }
    }
    if (top == null || best * 2 < letters) {
      return Optional.empty();
    }
    return Optional.of(top.equals("zh") && kana * 20 >= best ? "ja" : top);
  }

  private static String byFunctionWords(String sample) {
    Map<String, Integer> hits = new HashMap<>();
    int words = 0;
    Matcher m = WORD.matcher(sample.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words++;
      for (Map.Entry<String, Set<String>> language : FUNCTION_WORDS.entrySet()) {
        if (language.getValue().contains(m.group())) {
          hits.merge(language.getKey(), 1, Integer::sum);
        }
      }
    }
    if (words < MIN_WORDS) {
      return UNDETERMINED;
    }
    String top = UNDETERMINED;
    int best = 0;
    for (String language : FUNCTION_WORDS.keySet()) {
      int n = hits.getOrDefault(language, 0);
      if (n > best) {
        top = language;
        best = n;
      }
    }
    return best * 10 < words ? UNDETERMINED : top;
  }
}
