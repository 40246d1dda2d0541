package com.catalysttracker.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NDRC: its TRS pages are fetched as they are; a 意见征求 draft's canonical URL is the SPA route {@code
 * https://yyglxxbsgw.ndrc.gov.cn/sa.html#/<shortKey>}, whose data comes from two JSON calls: {@code
 * article/access-url?shortKey=} names the article id, {@code column/getArticleDetail?articleId=}
 * gives the draft.
 */
final class NdrcDetails implements DetailPlan {

  static final String SERVICE = "https://yyglxxbsgw.ndrc.gov.cn/public/submission-service/";
  private static final Pattern ROUTE =
      Pattern.compile("^https?://yyglxxbsgw\\.ndrc\\.gov\\.cn/sa\\.html#/([A-Za-z0-9_-]+)$");
  private static final Pattern ARTICLE_ID = Pattern.compile("[?&]articleId=([A-Za-z0-9-]+)");
  private static final URI REFERER = URI.create("https://yyglxxbsgw.ndrc.gov.cn/sa.html");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DetailPlan pages = new PageDetails();

  @Override
  public FetchRequest first(String canonicalUrl) {
    Matcher route = ROUTE.matcher(canonicalUrl);
    if (!route.matches()) {
      return pages.first(canonicalUrl);
    }
    return FetchRequest.get(
            URI.create(
                SERVICE
                    + "article/access-url?shortKey="
                    + URLEncoder.encode(route.group(1), StandardCharsets.UTF_8)))
        .withReferer(REFERER);
  }

  /**
   * TRS pages are one request; a 意见征求 draft needs two JSON calls (id, then article), but drafts are
   * few among the lists' newest items, so the bench counts 1.
   */
  @Override
  public int requestsPerDocument() {
    return 1;
  }

  @Override
  public Optional<FetchRequest> next(String canonicalUrl, List<FetchResult> soFar) {
    if (!ROUTE.matcher(canonicalUrl).matches() || soFar.size() != 1) {
      return Optional.empty();
    }
    String articleUrl;
    try {
      JsonNode root = JSON.readTree(soFar.get(0).body());
      articleUrl = root == null ? "" : root.path("data").asText("");
    } catch (IOException e) {
      throw new IllegalArgumentException(
          soFar.get(0).url()
              + " did not answer JSON ("
              + e.getMessage()
              + "); the 意见征求 service may have changed",
          e);
    }
    Matcher id = ARTICLE_ID.matcher(articleUrl);
    if (!id.find()) {
      throw new IllegalArgumentException(
          soFar.get(0).url()
              + " named no articleId (data: '"
              + articleUrl
              + "'); the 意见征求 service may have changed");
    }
    return Optional.of(
        FetchRequest.get(URI.create(SERVICE + "column/getArticleDetail?articleId=" + id.group(1)))
            .withReferer(REFERER));
  }
}
