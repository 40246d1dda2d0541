package com.catalysttracker.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * State Grid ECP 2.0: the portal route {@code #/doc/{doctype}/{noticeId}_{menuId}} is answered by
 * {@code POST …/index/{api}} with the bare notice id as body ({@code doci-bid} → getNoticeBid …); a
 * 公示 whose answer says {@code fileFlag: "1"} and whose text only points to the attachment also
 * needs {@code getWinFile} and the PDF it names ({@code showPDF?filePath=…}).
 */
final class SgccEcpDetails implements DetailPlan {

  static final String API = "https://ecp.sgcc.com.cn/ecp2.0/ecpwcmcore//index/";
  static final URI REFERER = URI.create("https://ecp.sgcc.com.cn/ecp2.0/portal/");
  private static final Pattern ROUTE = Pattern.compile("#/doc/([a-z-]+)/(\\d+)_(\\d+)");
  private static final Map<String, String> APIS =
      Map.of(
          "doci-bid",
          "getNoticeBid",
          "doci-change",
          "getChangeBid",
          "doci-delay",
          "getDelayNoticeBid",
          "doci-waste",
          "getNoticeWaste",
          "doci-win",
          "getNoticeWin");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public FetchRequest first(String canonicalUrl) {
    Matcher m = ROUTE.matcher(canonicalUrl);
    if (!m.find() || !APIS.containsKey(m.group(1))) {
      throw new IllegalArgumentException(
          canonicalUrl
              + " is not an ECP #/doc/{doctype}/{id}_{menu} route with a known doctype "
              + APIS.keySet());
    }
    return FetchRequest.postBody(
            URI.create(API + APIS.get(m.group(1))), m.group(2), "application/json;charset=UTF-8")
        .withReferer(REFERER);
  }

  @Override
  public Optional<FetchRequest> next(String canonicalUrl, List<FetchResult> soFar) {
    Matcher m = ROUTE.matcher(canonicalUrl);
    if (!m.find() || !m.group(1).equals("doci-win")) {
      return Optional.empty();
    }
    String id = m.group(2);
    if (soFar.size() == 1) {
      JsonNode value = resultValue(soFar.get(0));
      boolean hasFile = "1".equals(value.path("fileFlag").asText());
      String cont = value.path("notice").path("CONT").asText("");
      // Only a notice whose text sends the reader to the attachment needs it for its facts.
      if (hasFile && cont.contains("详见附件")) {
        return Optional.of(
            FetchRequest.postBody(
                    URI.create(API + "getWinFile"), id, "application/json;charset=UTF-8")
                .withReferer(REFERER));
      }
      return Optional.empty();
    }
    if (soFar.size() == 2) {
      for (JsonNode file : resultValue(soFar.get(1)).path("files")) {
        String path = file.path("FILE_PATH").asText("");
        if (!path.isEmpty()) {
          return Optional.of(
              FetchRequest.get(
                      URI.create(
                          API
                              + "showPDF?filePath="
                              + URLEncoder.encode(path, StandardCharsets.UTF_8)
                              + "&a=b"))
                  .withReferer(REFERER));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * One API answer is the whole notice for every kind but a 公示 whose text only says 详见附件, which
   * needs getWinFile and the PDF as well (3): the bench counts 1, so such notices among the new
   * ones show as overhead it explains.
   */
  @Override
  public int requestsPerDocument() {
    return 1;
  }

  private static JsonNode resultValue(FetchResult result) {
    try {
      JsonNode root = JSON.readTree(result.body());
      return root == null ? JSON.createObjectNode() : root.path("resultValue");
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }
}
