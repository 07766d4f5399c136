package org.litmine.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void unfoldsLigaturesAndKeepsGreek() {
    assertEquals("fibroblast flow ERα αvβ3", TextNormalizer.normalize("\uFB01broblast \uFB02ow ERα αvβ3"));
  }

  @Test
  void dropsSoftHyphensAndCollapsesSpaces() {
    assertEquals("resistance to IGF-IR", TextNormalizer.normalize(" resis\u00ADtance \u00A0to\u2009 IGF-IR "));
  }
}
