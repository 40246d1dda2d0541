package com.catalysttracker.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BaseNode;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Splits Chinese text into words for the {@code *_words} index fields and for queries.
 *
 * <p>Indexing ({@link #indexWords}: titles, project names, bodies) is dictionary longest match over
 * HanLP's core dictionary and the user dictionary (HanLP's custom dictionary plus {@code
 * dictionary.txt}), so theme terms (车路云一体化, 数据资产入表) stay whole; the shorter dictionary words inside
 * a long word are added (车路云一体化 → 车路云, 一体化), so a query for the shorter term matches; digit and
 * Latin runs are one word each (2025, RSU). Latin terms are lower-cased here because the whitespace
 * analyzer does not (RSU, eVTOL, C-V2X).
 *
 * <p>Why not Viterbi for the index (issue #6): HanLP's Viterbi segmenter was two thirds of the
 * extraction bench's segmentation time and ten times slower per character. Longest match keeps 96%
 * of the words Viterbi's index mode gives the fixtures' titles and bodies; what it loses are words
 * only the statistical model finds (a name, 文旅, ADS-B), and a search still finds those through the
 * phrase query on {@code title} / {@code text}. At each position the longest word of either
 * dictionary wins: HanLP's own {@code DoubleArrayTrieSegment} let a shorter custom-dictionary word
 * replace a longer core one (若干 → 若 干, 国务院办公厅 → 国务院 …), which lost words Viterbi keeps.
 *
 * <p>Queries ({@link #queryWords}) keep Viterbi with the user dictionary forced over the model, in
 * its plain mode, so 车路云一体化 in a query means the whole term. Queries are short; unknown words split
 * the model's way there cost nothing per document.
 */
public final class ChineseSegmenter {
  private final Segment querySegment;
  private final DynamicCustomDictionary dictionary;
  private final int dictionarySize;

  private ChineseSegmenter(Collection<String> userWords) {
    DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
    for (String word : userWords) {
      dictionary.insert(word, "nz 1000");
    }
    this.dictionarySize = userWords.size();
    this.querySegment =
        new ViterbiSegment()
            .enableCustomDictionary(dictionary)
            .enableCustomDictionaryForcing(true)
            .enablePartOfSpeechTagging(false);
    this.dictionary = dictionary;
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

  /**
   * Words for the index: dictionary longest match (see the class comment), each word once per
   * occurrence, followed by the dictionary words inside it. Reads the dictionaries only, so
   * concurrent calls need no lock.
   */
  public List<String> indexWords(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    char[] chars = text.toCharArray();
    int n = chars.length;
    // length[i]: the longest dictionary word starting at i (1 when none); the walk below jumps by
    // it.
    int[] length = new int[n];
    Arrays.fill(length, 1);
    longestMatches(CoreDictionary.trie, chars, length);
    if (dictionary.dat != null) {
      longestMatches(dictionary.dat, chars, length);
    }
    BinTrie<CoreDictionary.Attribute> userWords = dictionary.getTrie();
    if (userWords != null) {
      userWords.parseLongestText(
          chars,
          (begin, end, value) -> {
            if (end - begin > length[begin]) {
              length[begin] = end - begin;
            }
          });
    }
    List<String> words = new ArrayList<>(n / 2);
    int i = 0;
    while (i < n) {
      int end = i + length[i];
      if (end == i + 1 && end < n && Character.isSurrogatePair(chars[i], chars[end])) {
        end++; // a character outside the basic plane (𠀀, rare in names) is one character, not two
      }
      CharClass kind = CharClass.of(chars, i, end);
      if (kind != CharClass.OTHER) {
        // The dictionaries split 2025 into 2 0 2 5 and RSU into R S U; Viterbi's atoms keep runs
        // whole.
        while (end < n && CharClass.of(chars, end, end + length[end]) == kind) {
          end += length[end];
        }
      }
      addWord(words, chars, i, end);
      if (kind == CharClass.OTHER && end - i > 2) {
        for (int start = i; start < end - 1; start++) {
          for (int stop = start + 2; stop <= end; stop++) {
            if (stop - start < end - i && inDictionary(chars, start, stop)) {
              addWord(words, chars, start, stop);
            }
          }
        }
      }
      i = end;
    }
    return words;
  }

  /**
   * The index form: {@link #indexWords} joined by spaces, for a field analysed with {@code
   * whitespace}.
   */
  public String indexField(String text) {
    return String.join(" ", indexWords(text));
  }

  /** Words of a query, longest dictionary match first. */
  public List<String> queryWords(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    List<Term> terms;
    // HanLP segments are not documented as thread-safe; queries are few.
    synchronized (querySegment) {
      terms = querySegment.seg(text);
    }
    List<String> words = new ArrayList<>(terms.size());
    for (Term term : terms) {
      char[] chars = term.word.toCharArray();
      addWord(words, chars, 0, chars.length);
    }
    return words;
  }

  public int dictionarySize() {
    return dictionarySize;
  }

  /** Raises {@code length[begin]} to each greedy longest match of {@code trie} that is longer. */
  private static void longestMatches(
      DoubleArrayTrie<CoreDictionary.Attribute> trie, char[] chars, int[] length) {
    DoubleArrayTrie<CoreDictionary.Attribute>.LongestSearcher searcher =
        trie.getLongestSearcher(chars, 0);
    while (searcher.next()) {
      if (searcher.length > length[searcher.begin]) {
        length[searcher.begin] = searcher.length;
      }
    }
  }

  private boolean inDictionary(char[] chars, int start, int stop) {
    // exactMatchSearch's third argument is the end index, not a length.
    if (CoreDictionary.trie.exactMatchSearch(chars, start, stop, 0) >= 0
        || (dictionary.dat != null
            && dictionary.dat.exactMatchSearch(chars, start, stop, 0) >= 0)) {
      return true;
    }
    BinTrie<CoreDictionary.Attribute> userWords = dictionary.getTrie();
    if (userWords == null) {
      return false;
    }
    BaseNode<?> node = userWords.getChild(chars[start]);
    for (int k = start + 1; node != null && k < stop; k++) {
      node = node.getChild(chars[k]);
    }
    return node != null && node.getValue() != null;
  }

  /**
   * Adds {@code chars[start, end)} stripped and lower-cased unless it is punctuation or symbols
   * only (no meaning for search). Works on the range so the common word (Han, nothing to
   * lower-case) costs one String.
   */
  private static void addWord(List<String> words, char[] chars, int start, int end) {
    while (start < end && Character.isWhitespace(chars[start])) {
      start++;
    }
    while (end > start && Character.isWhitespace(chars[end - 1])) {
      end--;
    }
    boolean wordy = false;
    boolean lowerCase = false;
    for (int k = start; k < end; k++) {
      char c = chars[k];
      if (Character.isSurrogate(c)) {
        lowerCase = true;
        wordy |=
            Character.isHighSurrogate(c)
                && Character.isLetterOrDigit(Character.codePointAt(chars, k, end));
      } else {
        wordy |= Character.isLetterOrDigit(c);
        lowerCase |= Character.toLowerCase(c) != c;
      }
    }
    if (wordy) {
      String word = new String(chars, start, end - start);
      words.add(lowerCase ? word.toLowerCase(Locale.ROOT) : word);
    }
  }

  /** Runs Viterbi keeps as one atom: ASCII or full-width digits, ASCII or full-width letters. */
  private enum CharClass {
    DIGITS,
    LETTERS,
    OTHER;

    static CharClass of(char[] chars, int start, int end) {
      CharClass kind = null;
      for (int i = start; i < end; i++) {
        char c = chars[i];
        CharClass k =
            (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19')
                ? DIGITS
                : (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '\uFF21' && c <= '\uFF3A')
                        || (c >= '\uFF41' && c <= '\uFF5A')
                    ? LETTERS
                    : OTHER;
        if (k == OTHER || (kind != null && kind != k)) {
          return OTHER;
        }
        kind = k;
      }
      return kind == null ? OTHER : kind;
    }
  }
}
