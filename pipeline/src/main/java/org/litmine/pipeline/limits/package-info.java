/**
 * What protects a batch from bad input: per-document time budgets ({@link org.litmine.pipeline.limits.TimeBudget}),
 * the size and length limits ({@link org.litmine.pipeline.limits.Limits}), the language check
 * ({@link org.litmine.pipeline.limits.LanguageGuess}), the cap on sentence length handed to the parser
 * ({@link org.litmine.annotators.parse.SentenceCapAnnotator}), notes on papers that were processed with a limit
 * applied ({@link org.litmine.pipeline.document.Paper#withNotes}), and the run folder that is replaced only when a
 * run completes ({@link org.litmine.pipeline.limits.RunFolder}). A limit that is hit always leaves a recorded reason.
 */
package org.litmine.pipeline.limits;
