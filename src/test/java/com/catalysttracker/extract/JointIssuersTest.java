package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Departments that issue a notice together sign below its body; the title names only the first. */
class JointIssuersTest {

  private static Element body(String html) {
    return Jsoup.parse("<div class=body>" + html + "</div>").selectFirst("div.body");
  }

  @Test
  void oneSignerPerLineAboveTheDate() {
    Element body =
        body(
            "<p>现印发给你们，请结合实际抓好落实。</p><p>国家数据局</p><p>中央网信办</p><p>科技部</p>"
                + "<p>2023年12月31日</p><p>“数据要素×”三年行动计划</p><p>一、总体目标。</p>");

    assertThat(JointIssuers.signers(body, "国家数据局")).hasValue("国家数据局、中央网信办、科技部");
  }

  @Test
  void severalSignersOnALineApartBySpaces() {
    Element body = body("<p>切实保护农民利益。</p><p>国家发展改革委\u3000财政部\u3000农业农村部</p><p>2024年10月12日</p>");

    assertThat(JointIssuers.signers(body, "国家发展改革委")).hasValue("国家发展改革委、财政部、农业农村部");
  }

  @Test
  void aShortLineAboveTheBlockIsNoSigner() {
    Element body = body("<p>特此通知</p><p>国家数据局</p><p>科技部</p><p>2024年1月4日</p>");

    assertThat(JointIssuers.signers(body, "国家数据局")).hasValue("国家数据局、科技部");
  }

  @Test
  void noBlockStartingWithTheLeadMeansNoSigners() {
    assertThat(JointIssuers.signers(body("<p>国家数据局</p><p>2024年1月4日</p>"), "国家数据局")).isEmpty();
    assertThat(JointIssuers.signers(body("<p>科技部</p><p>财政部</p><p>2024年1月4日</p>"), "国家数据局"))
        .isEmpty();
    assertThat(JointIssuers.signers(body("<p>国家数据局会同有关部门制定。</p><p>2024年1月4日</p>"), "国家数据局"))
        .isEmpty();
  }

  @Test
  void theLeadOfATitlesIssuer() {
    assertThat(JointIssuers.standsForSeveral("国家数据局等部门")).isTrue();
    assertThat(JointIssuers.standsForSeveral("国家数据局")).isFalse();
    assertThat(JointIssuers.lead("国家发展改革委等部门")).isEqualTo("国家发展改革委");
  }
}
