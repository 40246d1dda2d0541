package com.catalysttracker.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
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
 *
 * <p>A document's body ({@link #bodyIndexWords}) takes the dictionary-only longest-match segmenter
 * instead: Viterbi over the body was half of the extraction bench's time (issue #6) and is ten times
 * slower. The same user dictionary wins there too, the shorter dictionary words inside a long word
 * are added as index mode does, and digit and Latin runs are kept as one word each like Viterbi's
 * atoms. What it loses are words only the statistical model finds (a name, an odd split); a search
 * still finds those through the phrase query on the {@code text} field.
 */
public final class ChineseSegmenter {
  private final Segment indexSegment;
  private final Segment querySegment;
  private final Segment bodySegment;
  private final DynamicCustomDictionary dictionary;
  private final int dictionarySize;

  private ChineseSegmenter(Collection<String> userWords) {
    DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
    for (String word : userWords) {
      dictionary.insert(word, "nz 1000");
    }
    this.dictionarySize = userWords.size();
    this.indexSegment = configure(dictionary).enableIndexMode(true);
    this.querySegment = configure(dictionary);
    this.bodySegment = new DoubleArrayTrieSegment().enableCustomDictionary(dictionary).enablePartOfSpeechTagging(false);
    this.dictionary = dictionary;
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

  /**
   * Words for the index of a long body text: dictionary longest match (see the class comment), each
   * word once per occurrence, plus the dictionary words inside it.
   */
  public List<String> bodyIndexWords(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    List<Term> terms;
    synchronized (bodySegment) {
      terms = bodySegment.seg(text);
    }
    List<String> atoms = new ArrayList<>(terms.size());
    for (Term term : terms) {
      int last = atoms.size() - 1;
      CharClass kind = CharClass.of(term.word);
      if (last >= 0 && kind != CharClass.OTHER && CharClass.of(atoms.get(last)) == kind) {
        atoms.set(last, atoms.get(last) + term.word); // the longest-match segmenter splits 2025 into 2 0 2 5
      } else {
        atoms.add(term.word);
      }
    }
    List<String> words = new ArrayList<>(atoms.size() * 5 / 4);
    for (String atom : atoms) {
      addWord(words, atom);
      if (atom.length() > 2 && CharClass.of(atom) == CharClass.OTHER) {
        for (int start = 0; start < atom.length() - 1; start++) {
          for (int end = start + 2; end <= atom.length(); end++) {
            String inner = atom.substring(start, end);
            if (inner.length() < atom.length() && (dictionary.contains(inner) || CoreDictionary.contains(inner))) {
              addWord(words, inner);
            }
          }
        }
      }
    }
    return words;
  }

  /** The index form of a long body text: {@link #bodyIndexWords} joined by spaces. */
  public String bodyIndexField(String text) {
    return String.join(" ", bodyIndexWords(text));
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
      addWord(words, term.word);
    }
    return words;
  }

  private static void addWord(List<String> words, String term) {
    String word = term.strip().toLowerCase(Locale.ROOT);
    if (!word.isEmpty() && isWordy(word)) {
      words.add(word);
    }
  }

  /** Runs Viterbi keeps as one atom: ASCII or full-width digits, ASCII or full-width letters. */
  private enum CharClass {
    DIGITS,
    LETTERS,
    OTHER;

    static CharClass of(String word) {
      CharClass kind = null;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        CharClass k = (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19') ? DIGITS
            : (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A') ? LETTERS
            : OTHER;
        if (k == OTHER || (kind != null && kind != k)) {
          return OTHER;
        }
        kind = k;
      }
      return kind == null ? OTHER : kind;
    }
  }

  private static boolean isWordy(String word) {
    // Punctuation and symbols carry no meaning for search.
    return word.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
