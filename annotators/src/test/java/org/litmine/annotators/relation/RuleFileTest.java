package org.litmine.annotators.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleFileTest {

  @Test
  void everyBundledRuleCompilesHasAnExampleAndAUniqueName() {
    Set<String> names = new HashSet<>();
    List<RelationRule> rules = RuleFile.readAll("org/litmine/annotators/rules/semgrex/");
    for (Effect effect : Effect.values()) {
      assertTrue(rules.stream().anyMatch(rule -> rule.effect() == effect), "no rule for " + effect);
    }
    for (RelationRule rule : rules) {
      assertTrue(names.add(rule.name()), "duplicate rule name " + rule.name());
      assertFalse(rule.examples().isEmpty(), rule.name());
      rule.examples().forEach(example -> assertFalse(example.isBlank(), rule.name()));
      assertTrue(rule.name().startsWith(rule.effect().label() + "-"), rule.name() + " is not named after its effect");
      assertTrue(rule.confidence() > 0 && rule.confidence() <= 1, rule.name());
      for (var pattern : rule.patterns()) {
        String text = pattern.pattern();
        assertTrue(text.contains("=gene") && text.contains("=drug"), rule.name() + " must name gene and drug");
      }
    }
  }

  @Test
  void aBadPatternFailsNamingTheFileLineAndRule() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleFile.read("org/litmine/annotators/testrules/broken.rules", Effect.INHIBITS));
    assertTrue(e.getMessage().contains("broken.rules line 3"), e.getMessage());
    assertTrue(e.getMessage().contains("inhibits-broken"), e.getMessage());
  }

  @Test
  void macrosExpandAndAnUnknownMacroFailsNamingIt() {
    List<RelationRule> rules = RuleFile.read("org/litmine/annotators/testrules/macros.rules", Effect.INHIBITS);
    assertTrue(rules.get(0).patterns().get(0).pattern().contains("{ner:DRUG}=drug >obj {ner:GENE}=gene"),
        rules.get(0).patterns().get(0).pattern());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleFile.read("org/litmine/annotators/testrules/unknown-macro.rules", Effect.INHIBITS));
    assertTrue(e.getMessage().contains("@NOWHERE"), e.getMessage());
  }

  @Test
  void aGuardIsReadAndAnUnknownGuardFailsNamingIt() {
    assertTrue(RuleFile.read("org/litmine/annotators/relation/guard.rules", Effect.INHIBITS).get(0).noDrugBetween());
    assertFalse(RuleFile.read("org/litmine/annotators/testrules/macros.rules", Effect.INHIBITS).get(0).noDrugBetween());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleFile.read("org/litmine/annotators/relation/bad-guard.rules", Effect.INHIBITS));
    assertTrue(e.getMessage().contains("bad-guard.rules line 2") && e.getMessage().contains("nearest-noun"),
        e.getMessage());
  }

  @Test
  void aMissingFileFailsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleFile.read("no/such.rules", Effect.INHIBITS));
    assertTrue(e.getMessage().contains("no/such.rules"), e.getMessage());
  }
}
