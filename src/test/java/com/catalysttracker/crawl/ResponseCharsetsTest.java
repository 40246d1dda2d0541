package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseCharsetsTest {

  private static final Charset GBK = Charset.forName("GBK");
  // 镕 and 喆 are in GBK but not in GB2312: sites declaring gb2312 send them anyway.
  private static final String PAGE =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>"
          + "<body>关于印发《低空经济发展行动方案》的通知 朱镕基 陶喆</body></html>";

  @Test
  void decodesGb2312DeclaredInMetaEvenWithGbkOnlyCharacters() {
    String html = String.format(java.util.Locale.ROOT, PAGE, "gb2312");
    var decoded = ResponseCharsets.decode(html.getBytes(GBK), "text/html");
    assertThat(decoded.text()).isEqualTo(html);
    assertThat(decoded.source()).isEqualTo(ResponseCharsets.Source.META);
  }

  @Test
  void distrustsAHeaderThatSaysUtf8ForGbkBytes() {
    String html = String.format(java.util.Locale.ROOT, PAGE, "gbk");
    var decoded = ResponseCharsets.decode(html.getBytes(GBK), "text/html;charset=UTF-8");
    assertThat(decoded.text()).isEqualTo(html);
    assertThat(decoded.charset().name()).isEqualTo("GB18030");
  }

  @Test
  void fallsBackToGb18030WhenTheMetaTagLies() {
    String html = String.format(java.util.Locale.ROOT, PAGE, "utf-8");
    var decoded = ResponseCharsets.decode(html.getBytes(GBK), "text/html");
    assertThat(decoded.text()).isEqualTo(html);
    assertThat(decoded.source()).isEqualTo(ResponseCharsets.Source.GB18030_FALLBACK);
  }

  @Test
  void neverBelievesLatin1ForChineseBytes() {
    String html = String.format(java.util.Locale.ROOT, PAGE, "gbk");
    var decoded = ResponseCharsets.decode(html.getBytes(GBK), "text/html; charset=ISO-8859-1");
    assertThat(decoded.text()).isEqualTo(html);
  }

  @Test
  void keepsUtf8WhenAHeaderWronglyClaimsGbk() {
    String html = String.format(java.util.Locale.ROOT, PAGE, "utf-8");
    var decoded =
        ResponseCharsets.decode(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=GBK");
    assertThat(decoded.text()).isEqualTo(html);
    assertThat(decoded.source()).isEqualTo(ResponseCharsets.Source.VALID_UTF8);
  }

  /**
   * Issue #6 bad input: a cut character in a UTF-8 page used to turn the whole page into GB18030
   * garbage.
   */
  @Test
  void aUtf8PageWithAFewStrayBytesStaysUtf8() {
    String html = String.format(java.util.Locale.ROOT, PAGE, "utf-8");
    byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
    byte[] body = java.util.Arrays.copyOf(utf8, utf8.length + 2);
    body[utf8.length] = (byte) 0xFF; // valid in neither UTF-8 nor GB18030
    body[utf8.length + 1] = (byte) 0xFF;
    var decoded = ResponseCharsets.decode(body, null);
    assertThat(decoded.text()).isEqualTo(html + "\uFFFD\uFFFD");
    assertThat(decoded.source()).isEqualTo(ResponseCharsets.Source.MOSTLY_UTF8);
  }

  @Test
  void honoursAByteOrderMarkAndDropsIt() {
    byte[] body = "\uFEFF{\"title\":\"通知\"}".getBytes(StandardCharsets.UTF_8);
    var decoded = ResponseCharsets.decode(body, "application/json");
    assertThat(decoded.text()).isEqualTo("{\"title\":\"通知\"}");
    assertThat(decoded.source()).isEqualTo(ResponseCharsets.Source.BOM);
  }

  @Test
  void readsAnXmlDeclaration() {
    String xml = "<?xml version=\"1.0\" encoding=\"GB2312\"?><r>国家能源局</r>";
    assertThat(ResponseCharsets.metaCharset(xml.getBytes(GBK))).isEqualTo("GB2312");
    assertThat(ResponseCharsets.decode(xml.getBytes(GBK), "text/xml").text()).isEqualTo(xml);
  }

  @Test
  void knowsWhichContentTypesAreText() {
    assertThat(ResponseCharsets.isTextual("text/html;charset=UTF-8")).isTrue();
    assertThat(ResponseCharsets.isTextual("application/json")).isTrue();
    assertThat(ResponseCharsets.isTextual("application/pdf")).isFalse();
    assertThat(ResponseCharsets.isTextual("application/octet-stream")).isFalse();
    assertThat(ResponseCharsets.isTextual(null)).isFalse();
  }

  @Test
  void findsTheMetaCharsetBehindLongScriptsAndOnlyTheFirstDeclarationCounts() {
    String script = "<script>var a = 1 > 0 && '<b>' ; /* meta */</script>".repeat(100);
    String head =
        "<html><head>"
            + script
            + "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; Charset=GBK\">"
            + "<script>document.write('<meta charset=utf-8>')</script><meta charset=\"big5\"></head><body>通知</body></html>";
    assertThat(ResponseCharsets.metaCharset(head.getBytes(GBK))).isEqualTo("GBK");
  }

  @Test
  void aHeadThatNeverSaysCharsetDeclaresNone() {
    String page =
        "<html><head><meta name=\"keywords\" content=\"政策\"><title>通知</title></head><body>通知</body></html>";
    assertThat(ResponseCharsets.metaCharset(page.getBytes(GBK))).isNull();
    // "charset" only inside a comment is no declaration either.
    assertThat(ResponseCharsets.metaCharset(("<!-- charset=gbk -->" + page).getBytes(GBK)))
        .isNull();
  }
}
