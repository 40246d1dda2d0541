package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.crawl.ResponseCharsets;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The crawler hands the text it decoded and the page it parsed on to the HTML extractor (issue #4:
 * each detail page decoded and parsed once). The extractor takes them only where its own decoding
 * would have produced the same text; the titles below differ between the bytes and what is handed
 * on, so each test shows which one was read.
 */
class HandedOnPageTest {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String URL = "https://www.example.gov.cn/zcfb/1.html";
  private static final ReferenceData REFERENCE = ReferenceData.load(Path.of("reference"));

  private static String page(String title) {
    return "<html><head><title>"
        + title
        + "</title></head><body><h1>"
        + title
        + "</h1><p>发布日期：2024-05-06</p></body></html>";
  }

  private static HtmlDocumentExtractor extractor(Charset encoding) {
    DetailSelectors selectors =
        new DetailSelectors(
            java.util.Map.of(DetailField.TITLE, java.util.List.of(FieldSelector.parse("h1"))),
            DetailSelectors.DEFAULT_REQUIRED,
            false);
    return new HtmlDocumentExtractor(SourceKind.POLICY, selectors, encoding, REFERENCE);
  }

  private static String title(DocumentExtractor extractor, FetchedResponse response) {
    return extractor
        .extract(new FetchedDocument("example", URL, java.util.List.of(response)))
        .document()
        .title();
  }

  @Test
  void readsTheDecodedTextInsteadOfDecodingTheBytesAgain() {
    byte[] bytes = page("字节里的标题").getBytes(StandardCharsets.UTF_8);
    var decoded =
        new ResponseCharsets.DecodedText(
            page("交来的标题"), StandardCharsets.UTF_8, ResponseCharsets.Source.VALID_UTF8);

    assertThat(title(extractor(null), new FetchedResponse(URL, "text/html", bytes, decoded, null)))
        .isEqualTo("交来的标题");
    assertThat(title(extractor(null), new FetchedResponse(URL, "text/html", bytes)))
        .isEqualTo("字节里的标题");
  }

  @Test
  void readsTheParsedPageWhenItWasParsedWithTheCanonicalUrl() {
    byte[] bytes = page("字节里的标题").getBytes(StandardCharsets.UTF_8);
    String text = page("交来的文本");
    var decoded =
        new ResponseCharsets.DecodedText(
            text, StandardCharsets.UTF_8, ResponseCharsets.Source.VALID_UTF8);

    assertThat(
            title(
                extractor(null),
                new FetchedResponse(
                    URL, "text/html", bytes, decoded, Jsoup.parse(page("交来的页面"), URL))))
        .isEqualTo("交来的页面");
    // Parsed against another base URI, its links would resolve elsewhere: parsed again from the
    // text.
    assertThat(
            title(
                extractor(null),
                new FetchedResponse(
                    URL, "text/html", bytes, decoded, Jsoup.parse(page("交来的页面"), URL + "?x"))))
        .isEqualTo("交来的文本");
  }

  @Test
  void aForcedEncodingTakesTheDecodedTextOnlyWhenDetectionChoseThatCharsetStrictly() {
    byte[] gbk = page("字节里的标题").getBytes(GB18030);
    var asGb18030 =
        new ResponseCharsets.DecodedText(page("交来的标题"), GB18030, ResponseCharsets.Source.META);
    var asUtf8 =
        new ResponseCharsets.DecodedText(
            page("交来的标题"), StandardCharsets.UTF_8, ResponseCharsets.Source.MOSTLY_UTF8);
    var lenient =
        new ResponseCharsets.DecodedText(
            page("交来的\uFFFD标题"), GB18030, ResponseCharsets.Source.GB18030_FALLBACK);

    assertThat(
            title(extractor(GB18030), new FetchedResponse(URL, "text/html", gbk, asGb18030, null)))
        .isEqualTo("交来的标题");
    assertThat(title(extractor(GB18030), new FetchedResponse(URL, "text/html", gbk, asUtf8, null)))
        .isEqualTo("字节里的标题");
    assertThat(title(extractor(GB18030), new FetchedResponse(URL, "text/html", gbk, lenient, null)))
        .isEqualTo("字节里的标题");
  }
}
