package com.catalysttracker.extract;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF notice (PDFBox), in reading order, so the same text parsers that read
 * HTML pages read it. Scanned PDFs without a text layer give empty text, not an error: the caller
 * records that the notice's facts could not be read.
 */
public final class PdfText {

  /** Bigger PDFs are attachments (drawings, bid books), not notices; their text is not needed. */
  static final int MAX_BYTES = 20 * 1024 * 1024;

  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u3000]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private PdfText() {}

  /**
   * @throws IOException naming {@code url} when the bytes are not a readable PDF (damaged,
   *     encrypted with a password, too large)
   */
  public static String of(byte[] pdf, String url) throws IOException {
    if (pdf.length > MAX_BYTES) {
      throw new IOException(
          url
              + ": PDF of "
              + pdf.length
              + " bytes is over the "
              + MAX_BYTES
              + "-byte limit for notices; not read");
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      String text = stripper.getText(document).replace("\r", "");
      return BLANK_LINES.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("\n\n").strip();
    } catch (IOException e) {
      throw new IOException(url + ": not a readable PDF (" + e.getMessage() + ")", e);
    }
  }
}
