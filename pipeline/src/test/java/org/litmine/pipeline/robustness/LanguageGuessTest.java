package org.litmine.pipeline.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litmine.pipeline.limits.LanguageGuess;

/** The language check keeps English, names what it refuses, and never refuses what it cannot tell. */
class LanguageGuessTest {

  static final String ENGLISH = String.join(" ", Battery.PAPER);

  @Test
  void recognisesTheLanguagesOfTheBattery() {
    assertEquals("en", LanguageGuess.of(ENGLISH));
    assertEquals("de", LanguageGuess.of("Die Hemmung von IGF-IR macht die Krebszellen empfindlicher für Cisplatin. "
        + "Linsitinib, ein Hemmer von IGF-IR und InsR, verhinderte die Phosphorylierung des Rezeptors in allen "
        + "untersuchten Linien. Die Wirkung war in den Linien am stärksten, die den Rezeptor am meisten "
        + "exprimierten."));
    assertEquals("fr", LanguageGuess.of("L'inhibition de IGF-IR sensibilise les cellules cancéreuses au cisplatine. "
        + "Le linsitinib est un inhibiteur de IGF-IR et de InsR qui a bloqué la phosphorylation du récepteur dans "
        + "toutes les lignées, et cet effet était le plus fort dans les lignées qui exprimaient le plus de "
        + "récepteur."));
    assertEquals("zh", LanguageGuess.of("抑制 IGF-IR 使癌细胞对顺铂更加敏感。林西替尼是 IGF-IR 和胰岛素受体的双重抑制剂。"));
    assertEquals("ja", LanguageGuess.of("IGF-IR の阻害はがん細胞をシスプラチンに対して感受性にする。"));
  }

  @Test
  void tooLittleTextIsUndeterminedAndNeverRefused() {
    assertEquals(LanguageGuess.UNDETERMINED, LanguageGuess.of("IGF1R 12.5 ± 3.1 nM"));
    assertEquals(Optional.empty(), LanguageGuess.refusal(LanguageGuess.UNDETERMINED, List.of("en")));
  }

  @Test
  void refusalNamesTheAllowedAndTheDetectedLanguage() {
    assertEquals(Optional.of("not English (detected: de)"), LanguageGuess.refusal("de", List.of("en")));
    assertEquals(Optional.of("not English or French (detected: zh)"), LanguageGuess.refusal("zh", List.of("en", "fr")));
    assertEquals(Optional.empty(), LanguageGuess.refusal("de", List.of()));
    assertEquals(Optional.empty(), LanguageGuess.refusal("en", List.of("en")));
  }
}
