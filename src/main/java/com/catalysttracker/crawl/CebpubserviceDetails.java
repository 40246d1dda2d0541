package com.catalysttracker.crawl;

import com.catalysttracker.extract.CtbpspCipher;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 中国招标投标公共服务平台 (cebpubservice): the canonical URL is the SPA route {@code
 * ctbpsp.com/#/bulletinDetail?uuid=…}; its data is {@code GET /cutominfoapi/bulletin/{uuid}/uid/0}
 * (DES-encrypted JSON, see {@link CtbpspCipher}), and the notice itself the PDF its {@code pdfUrl}
 * names on {@code bigdata.cebpubservice.com}.
 */
final class CebpubserviceDetails implements DetailPlan {

  static final String API = "https://ctbpsp.com/cutominfoapi/bulletin/";
  static final String PDF_HOST = "https://bigdata.cebpubservice.com/";
  private static final URI REFERER = URI.create("https://ctbpsp.com/");
  private static final Pattern UUID = Pattern.compile("[?&]uuid=([0-9A-Za-z]+)");
  private static final Pattern PDF_PATH = Pattern.compile("[A-Za-z0-9_./-]+\\.pdf");

  @Override
  public FetchRequest first(String canonicalUrl) {
    Matcher m = UUID.matcher(canonicalUrl);
    if (!m.find()) {
      throw new IllegalArgumentException(
          canonicalUrl
              + " is not a ctbpsp.com #/bulletinDetail?uuid=… route; check the list's link-template");
    }
    return FetchRequest.get(URI.create(API + m.group(1) + "/uid/0")).withReferer(REFERER);
  }

  @Override
  public Optional<FetchRequest> next(String canonicalUrl, List<FetchResult> soFar) {
    if (soFar.size() != 1) {
      return Optional.empty();
    }
    FetchResult api = soFar.get(0);
    JsonNode data;
    try {
      data = CtbpspCipher.decrypt(api.body(), api.url().toString()).path("data");
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // the extractor reports the unreadable answer against the URL
    }
    String pdf = data.path("pdfUrl").asText("").strip();
    if (pdf.startsWith("/")) {
      pdf = pdf.substring(1);
    }
    // Only a relative path on the PDF host: a value that is anything else is not followed.
    if (!PDF_PATH.matcher(pdf).matches() || pdf.contains("..")) {
      return Optional.empty();
    }
    return Optional.of(FetchRequest.get(URI.create(PDF_HOST + pdf)).withReferer(REFERER));
  }

  /** The API answer only names the PDF, and the PDF is the notice. */
  @Override
  public int requestsPerDocument() {
    return 2;
  }

  @Override
  public Optional<String> blocked(FetchResult answer) {
    // Aliyun WAF answers the API with a 200 text/html JS challenge instead of data.
    String type = answer.contentType() == null ? "" : answer.contentType().toLowerCase(Locale.ROOT);
    if (answer.url().getPath().startsWith("/cutominfoapi/") && type.contains("html")) {
      return Optional.of("the detail API answered HTML (the WAF's JS challenge) instead of data");
    }
    return Optional.empty();
  }
}
