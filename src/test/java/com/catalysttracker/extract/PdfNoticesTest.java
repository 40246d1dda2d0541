package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.document.Winner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PDF-only notices read with PDFBox: the bidding portal's bulletins (cebpubservice) and State
 * Grid's PDF candidate notice (sgcc-ecp). Amounts, winners, issuer and dates printed only in the
 * PDFs must equal the fixtures' expected.json.
 */
class PdfNoticesTest {

  private static final Path CEB = Path.of("src/test/resources/sites/cebpubservice");
  private static final Path SGCC = Path.of("src/test/resources/sites/sgcc-ecp");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS =
      List.of(
          "published", "issuer", "budget_yuan", "amount_yuan", "winners", "project_code", "agency");

  static Stream<String> bulletins() throws IOException {
    List<String> uuids = new ArrayList<>();
    for (JsonNode want : JSON.readTree(CEB.resolve("expected.json").toFile())) {
      String url = want.get("url").asText();
      uuids.add(url.replaceAll(".*uuid=([0-9a-f]+).*", "$1"));
    }
    return uuids.stream();
  }

  @ParameterizedTest
  @MethodSource("bulletins")
  void aBulletinsPdfGivesTheFactsTheAnswerKeyLists(String uuid) throws IOException {
    Path pdf;
    try (Stream<Path> found = Files.walk(CEB.resolve("site/bigdata.cebpubservice.com"))) {
      pdf =
          found
              .filter(p -> p.getFileName().toString().equals(uuid + ".pdf"))
              .findFirst()
              .orElseThrow();
    }
    String url =
        "https://ctbpsp.com/#/bulletinDetail?uuid="
            + uuid
            + "&inpvalue=&dataSource=0&tenderAgency=";
    FetchedDocument fetched =
        new FetchedDocument(
            "cebpubservice",
            url,
            List.of(
                new FetchedResponse(
                    "https://ctbpsp.com/cutominfoapi/bulletin/" + uuid + "/uid/0",
                    "application/json;charset=UTF-8",
                    Files.readAllBytes(
                        CEB.resolve(
                            "site/ctbpsp.com/cutominfoapi/bulletin/" + uuid + ".uid0.txt"))),
                new FetchedResponse(
                    "https://bigdata.cebpubservice.com/"
                        + CEB.resolve("site/bigdata.cebpubservice.com")
                            .relativize(pdf)
                            .toString()
                            .replace('\\', '/'),
                    "application/pdf",
                    Files.readAllBytes(pdf))));

    Document doc = new CebpubserviceExtractor(Reference.data()).extract(fetched).document();

    assertThat(doc).isNotNull();
    assertThat(doc.attachments())
        .singleElement()
        .satisfies(a -> assertThat(a.url()).endsWith(uuid + ".pdf"));
    assertFields(
        expected(CEB, url),
        doc,
        uuid.equals("8a94947599c1d3a6019aa3e1f0c42b5a") ? List.of("budget_yuan") : List.of());
  }

  @Test
  void stateGridsPdfOnlyCandidateNoticeNamesTheFirstRankedCandidateOfEachLotWithItsBid()
      throws IOException {
    String id = "2411135428819406";
    Path api = SGCC.resolve("site/ecp.sgcc.com.cn/ecp2.0/ecpwcmcore/index");
    String url = "https://ecp.sgcc.com.cn/ecp2.0/portal/#/doc/doci-win/" + id + "_2018060501171107";
    FetchedDocument fetched =
        new FetchedDocument(
            "sgcc-ecp",
            url,
            List.of(
                new FetchedResponse(
                    "https://ecp.sgcc.com.cn/ecp2.0/ecpwcmcore//index/getNoticeWin",
                    "application/json",
                    Files.readAllBytes(api.resolve("getNoticeWin/" + id + ".json"))),
                new FetchedResponse(
                    "https://ecp.sgcc.com.cn/ecp2.0/ecpwcmcore//index/getWinFile",
                    "application/json",
                    Files.readAllBytes(api.resolve("getWinFile/" + id + ".json"))),
                new FetchedResponse(
                    "https://ecp.sgcc.com.cn/ecp2.0/ecpwcmcore//index/showPDF?filePath=x&a=b",
                    "application/pdf",
                    Files.readAllBytes(api.resolve("showPDF/" + id + ".pdf")))));

    Document doc = new SgccEcpExtractor(Reference.data()).extract(fetched).document();

    assertThat(doc).isNotNull();
    assertThat(doc.winners())
        .extracting(
            Winner::name,
            w ->
                w.amountYuan() == null ? null : w.amountYuan().stripTrailingZeros().toPlainString())
        .containsExactly(tuple("北京四方继保自动化股份有限公司", "2176500"), tuple("邦道科技有限公司", "1386000"));
    assertThat(doc.amountYuan()).isEqualByComparingTo("3562500");
    assertThat(doc.winners().get(1).listed())
        .isNotNull()
        .satisfies(l -> assertThat(l.code()).isEqualTo("300682"));
    assertFields(expected(SGCC, url), doc, List.of());
  }

  @Test
  void bytesThatAreNotAPdfGiveAnErrorNamingTheUrl() {
    assertThatThrownBy(
            () ->
                PdfText.of(
                    "<html>challenge</html>".getBytes(StandardCharsets.UTF_8),
                    "https://bigdata.cebpubservice.com/x.pdf"))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("https://bigdata.cebpubservice.com/x.pdf: not a readable PDF");
  }

  @Test
  void anApiAnswerThatIsNotTheCipherTextIsNoDocumentAndSaysWhy() {
    FetchedDocument fetched =
        new FetchedDocument(
            "cebpubservice",
            "https://ctbpsp.com/#/bulletinDetail?uuid=1",
            List.of(
                new FetchedResponse(
                    "https://ctbpsp.com/cutominfoapi/bulletin/1/uid/0",
                    "text/html",
                    "<html>acw_sc__v2</html>".getBytes(StandardCharsets.UTF_8))));

    Extraction extraction = new CebpubserviceExtractor(Reference.data()).extract(fetched);

    assertThat(extraction.document()).isNull();
    assertThat(extraction.notes())
        .singleElement()
        .satisfies(
            n ->
                assertThat(n)
                    .startsWith(
                        "https://ctbpsp.com/cutominfoapi/bulletin/1/uid/0: not the portal's DES-encrypted JSON")
                    .contains("challenge page"));
  }

  private static void assertFields(JsonNode want, Document doc, List<String> knownGaps) {
    JsonNode got = DocumentJson.mapper().valueToTree(doc);
    for (String field : FIELDS) {
      if (knownGaps.contains(field)) {
        continue;
      }
      JsonNode w = want.get(field);
      JsonNode g = got.get(field);
      if (field.equals("winners")) {
        assertThat(g.size()).as(field).isEqualTo(w.size());
        for (int i = 0; i < w.size(); i++) {
          assertThat(g.get(i).get("name").asText()).isEqualTo(w.get(i).get("name").asText());
          assertThat(number(g.get(i).get("amount_yuan")))
              .as("winner amount")
              .isEqualTo(number(w.get(i).get("amount_yuan")));
          assertThat(g.get(i).path("listed").path("code").asText())
              .isEqualTo(w.get(i).path("listed").path("code").asText());
        }
      } else if (w == null || w.isNull()) {
        assertThat(g == null || g.isNull()).as(field + " = " + g).isTrue();
      } else if (w.isNumber()) {
        assertThat(number(g)).as(field).isEqualTo(number(w));
      } else {
        assertThat(g.asText()).as(field).isEqualTo(w.asText());
      }
    }
  }

  private static BigDecimal number(JsonNode n) {
    return n == null || n.isNull() ? null : n.decimalValue().stripTrailingZeros();
  }

  private static JsonNode expected(Path fixture, String url) throws IOException {
    for (JsonNode want : JSON.readTree(fixture.resolve("expected.json").toFile())) {
      if (want.get("url").asText().equals(url)) {
        return want;
      }
    }
    throw new AssertionError(url + " is not in " + fixture.resolve("expected.json"));
  }

  /** The project's reference data, loaded once. */
  static final class Reference {
    private static ReferenceData data;

    static synchronized ReferenceData data() {
      if (data == null) {
        data = ReferenceData.load(Path.of("reference"));
      }
      return data;
    }
  }
}
