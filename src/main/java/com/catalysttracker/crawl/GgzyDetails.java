package com.catalysttracker.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 全国公共资源交易平台 (ggzy): the list links a frame shell {@code …/html/a/…}; the document is its
 * server-rendered content page {@code …/html/b/…} (same path, a → b), which is the canonical URL.
 * The content page is fetched first (the extractor reads it with the definition's selectors), then
 * the shell, whose stage tabs link every notice of the project ({@code
 * showDetail(this,'0201','/…/html/b/….html')}) — some of them (an earlier tender) appear in no list
 * page.
 */
final class GgzyDetails implements DetailPlan {

  static final String SITE = "https://www.ggzy.gov.cn";
  private static final Pattern SHELL =
      Pattern.compile("^(https?://[^/]+/information/deal/html/)a(/.+)$");
  private static final Pattern CONTENT =
      Pattern.compile("^(https?://[^/]+/information/deal/html/)b(/.+)$");
  private static final Pattern SHOW_DETAIL =
      Pattern.compile(
          "showDetail\\(\\s*this\\s*,\\s*'[^']*'\\s*,\\s*'(/information/deal/html/b/[^']+)'");

  @Override
  public String canonical(String listedUrl) {
    Matcher m = SHELL.matcher(listedUrl);
    return m.matches() ? m.group(1) + "b" + m.group(2) : listedUrl;
  }

  @Override
  public FetchRequest first(String canonicalUrl) {
    return FetchRequest.get(CanonicalUrls.fetchable(canonicalUrl));
  }

  @Override
  public Optional<FetchRequest> next(String canonicalUrl, List<FetchResult> soFar) {
    Matcher m = CONTENT.matcher(canonicalUrl);
    if (soFar.size() != 1 || !m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        FetchRequest.get(CanonicalUrls.fetchable(m.group(1) + "a" + m.group(2)))
            .withReferer(URI.create(SITE + "/deal/dealList.html")));
  }

  /**
   * The content page is the document, but only the shell's tabs show the project's other notices.
   */
  @Override
  public int requestsPerDocument() {
    return 2;
  }

  @Override
  public List<String> related(String canonicalUrl, List<FetchResult> fetched) {
    List<String> out = new ArrayList<>();
    for (FetchResult result : fetched.subList(Math.min(1, fetched.size()), fetched.size())) {
      String text = result.text() == null ? "" : result.text();
      Matcher m = SHOW_DETAIL.matcher(text);
      while (m.find()) {
        String url = SITE + m.group(1);
        if (!url.equals(canonicalUrl) && !out.contains(url)) {
          out.add(url);
        }
      }
    }
    return out;
  }

  @Override
  public Optional<String> blocked(FetchResult answer) {
    // The captcha JSON and the rate-limit message arrive with status 200 where a page should be.
    String text = answer.text() == null ? "" : answer.text();
    if (text.contains("captchaToken") || text.contains("眼睛累了")) {
      return Optional.of("a captcha / rate-limit answer instead of the page");
    }
    return Optional.empty();
  }
}
