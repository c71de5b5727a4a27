package org.dragoman.language;

import org.dragoman.model.Token;

/**
 * Tests on Penn Treebank part-of-speech tags, the one home of the tag classes the later stages ask
 * about. Every test takes the tag itself (null, an untagged token, passes none of them) or a token.
 */
public final class PennTags {
  private PennTags() {}

  /** The token's tag, or "" when it is untagged. */
  public static String of(Token t) {
    return t.pos() == null ? "" : t.pos();
  }

  /** Any verb form (VB, VBD, VBG, VBN, VBP, VBZ), not a modal. */
  public static boolean isVerbForm(String tag) {
    return tag != null && tag.startsWith("VB");
  }

  /** A modal auxiliary (MD): "will", "could". */
  public static boolean isModal(String tag) {
    return "MD".equals(tag);
  }

  /** A verb form or a modal. */
  public static boolean isVerb(String tag) {
    return isVerbForm(tag) || isModal(tag);
  }

  /** A verb that carries tense: past (VBD), present (VBZ, VBP) or a modal (MD). */
  public static boolean isFiniteVerb(String tag) {
    return "VBD".equals(tag) || "VBZ".equals(tag) || "VBP".equals(tag) || isModal(tag);
  }

  /** Any noun, common or proper, singular or plural (NN, NNS, NNP, NNPS). */
  public static boolean isNoun(String tag) {
    return tag != null && tag.startsWith("NN");
  }

  /** A common noun, singular or plural (NN, NNS). */
  public static boolean isCommonNoun(String tag) {
    return "NN".equals(tag) || "NNS".equals(tag);
  }

  /** A proper noun, singular or plural (NNP, NNPS). */
  public static boolean isProperNoun(String tag) {
    return tag != null && tag.startsWith("NNP");
  }

  /** An adverb, plain, comparative or superlative (RB, RBR, RBS). */
  public static boolean isAdverb(String tag) {
    return tag != null && tag.startsWith("RB");
  }

  /** An adjective, plain, comparative or superlative (JJ, JJR, JJS). */
  public static boolean isAdjective(String tag) {
    return tag != null && tag.startsWith("JJ");
  }

  /** The possessive ending (POS): "'s". */
  public static boolean isPossessive(String tag) {
    return "POS".equals(tag);
  }

  /** A personal pronoun (PRP): "he", "them", not "his". */
  public static boolean isPersonalPronoun(String tag) {
    return "PRP".equals(tag);
  }

  /** A personal or possessive pronoun (PRP, PRP$): "he", "them", "his". */
  public static boolean isPronoun(String tag) {
    return tag != null && tag.startsWith("PRP");
  }

  /** A possessive pronoun (PRP$): "his", "their". */
  public static boolean isPossessivePronoun(String tag) {
    return "PRP$".equals(tag);
  }

  /** See {@link #isVerbForm(String)}. */
  public static boolean isVerbForm(Token t) {
    return isVerbForm(t.pos());
  }

  /** See {@link #isModal(String)}. */
  public static boolean isModal(Token t) {
    return isModal(t.pos());
  }

  /** See {@link #isVerb(String)}. */
  public static boolean isVerb(Token t) {
    return isVerb(t.pos());
  }

  /** See {@link #isFiniteVerb(String)}. */
  public static boolean isFiniteVerb(Token t) {
    return isFiniteVerb(t.pos());
  }

  /** See {@link #isNoun(String)}. */
  public static boolean isNoun(Token t) {
    return isNoun(t.pos());
  }

  /** See {@link #isCommonNoun(String)}. */
  public static boolean isCommonNoun(Token t) {
    return isCommonNoun(t.pos());
  }

  /** See {@link #isProperNoun(String)}. */
  public static boolean isProperNoun(Token t) {
    return isProperNoun(t.pos());
  }

  /** See {@link #isAdverb(String)}. */
  public static boolean isAdverb(Token t) {
    return isAdverb(t.pos());
  }

  /** See {@link #isAdjective(String)}. */
  public static boolean isAdjective(Token t) {
    return isAdjective(t.pos());
  }

  /** See {@link #isPossessive(String)}. */
  public static boolean isPossessive(Token t) {
    return isPossessive(t.pos());
  }

  /** See {@link #isPersonalPronoun(String)}. */
  public static boolean isPersonalPronoun(Token t) {
    return isPersonalPronoun(t.pos());
  }

  /** See {@link #isPronoun(String)}. */
  public static boolean isPronoun(Token t) {
    return isPronoun(t.pos());
  }

  /** See {@link #isPossessivePronoun(String)}. */
  public static boolean isPossessivePronoun(Token t) {
    return isPossessivePronoun(t.pos());
  }

  /**
   * A possessive ending by its tag or, when the tagger saw it otherwise, as written: "'s", "’s" or
   * a bare apostrophe after a plural ("voters'").
   */
  public static boolean isPossessiveMark(Token t) {
    String w = t.word();
    return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || isPossessive(t);
  }
}
