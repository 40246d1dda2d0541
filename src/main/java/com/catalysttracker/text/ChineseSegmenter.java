package com.catalysttracker.text;

import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Splits Chinese text into words for the {@code *_words} index fields and for queries.
 *
 * <p>HanLP's Viterbi segmenter with a user dictionary forced over the statistical model, so theme
 * terms (车路云一体化, 数据资产入表) stay whole. Indexing uses index mode, which also emits the
 * dictionary words inside a long word (车路云一体化 → 车路云, 一体化): a query for the shorter
 * term then matches. Queries use the plain mode, so 车路云一体化 in a query means the whole term.
 * Latin terms are lower-cased here because the whitespace analyzer does not (RSU, eVTOL, C-V2X).
 */
public final class ChineseSegmenter {
  private final Segment indexSegment;
  private final Segment querySegment;
  private final int dictionarySize;

  private ChineseSegmenter(Collection<String> userWords) {
    DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
    for (String word : userWords) {
      dictionary.insert(word, "nz 1000");
    }
    this.dictionarySize = userWords.size();
    this.indexSegment = configure(dictionary).enableIndexMode(true);
    this.querySegment = configure(dictionary);
  }

  private static Segment configure(DynamicCustomDictionary dictionary) {
    return new ViterbiSegment()
        .enableCustomDictionary(dictionary)
        .enableCustomDictionaryForcing(true)
        .enablePartOfSpeechTagging(false);
  }

  /** A segmenter whose user dictionary is {@code words}. */
  public static ChineseSegmenter withWords(Collection<String> words) {
    return new ChineseSegmenter(words);
  }

  /**
   * A segmenter whose user dictionary is read from {@code dictionaryFile}: one word per line,
   * {@code #} starts a comment.
   */
  public static ChineseSegmenter fromDictionary(Path dictionaryFile) {
    try {
      List<String> words = new ArrayList<>();
      for (String line : Files.readAllLines(dictionaryFile, StandardCharsets.UTF_8)) {
        String word = line.strip();
        int comment = word.indexOf('#');
        if (comment >= 0) {
          word = word.substring(0, comment).strip();
        }
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
      return new ChineseSegmenter(words);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the segmenter dictionary "
              + dictionaryFile
              + ": check catalyst.index.config-dir points at the index-config folder",
          e);
    }
  }

  /** Words for the index: each word once per occurrence, plus dictionary words inside it. */
  public List<String> indexWords(String text) {
    return words(indexSegment, text);
  }

  /** Words of a query, longest dictionary match first. */
  public List<String> queryWords(String text) {
    return words(querySegment, text);
  }

  /** The index form: words joined by spaces, for a field analysed with {@code whitespace}. */
  public String indexField(String text) {
    return String.join(" ", indexWords(text));
  }

  public int dictionarySize() {
    return dictionarySize;
  }

  private static List<String> words(Segment segment, String text) {
    if (text.isBlank()) {
      return List.of();
    }
    List<Term> terms;
    // HanLP segments are not documented as thread-safe; segmentation is cheap next to I/O.
    synchronized (segment) {
      terms = segment.seg(text);
    }
    List<String> words = new ArrayList<>(terms.size());
    for (Term term : terms) {
      String word = term.word.strip().toLowerCase(Locale.ROOT);
      if (!word.isEmpty() && isWordy(word)) {
        words.add(word);
      }
    }
    return words;
  }

  private static boolean isWordy(String word) {
    // Punctuation and symbols carry no meaning for search.
    return word.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
