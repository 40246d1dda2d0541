package com.catalysttracker.web;

import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.ListedCompany;
import com.catalysttracker.document.Region;
import com.catalysttracker.document.Winner;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fixed, generated corpus for the workspace bench: the same seed gives the same documents, so
 * figures from different runs compare. Shapes follow real notices (themes, regions, stages, amounts
 * from 10万 to 5亿, listed winners on a share of awards).
 */
final class BenchCorpus {
  private static final String[][] THEMES = {
    {"low-altitude", "低空经济", "低空飞行服务平台", "无人机起降场", "低空智联网"},
    {"vehicle-road-cloud", "车路云一体化", "车路云一体化试点", "智慧路口改造", "路侧单元采购"},
    {"power-it", "虚拟电厂", "虚拟电厂运营管理平台", "配电网智能化改造", "电力现货市场技术支持系统"},
    {"data-elements", "数据要素", "公共数据授权运营平台", "数据资产入表咨询", "可信数据空间建设"},
  };
  private static final String[][] PLACES = {
    {"江苏省", "南京市", "320100"}, {"江苏省", "苏州市", "320500"}, {"广东省", "深圳市", "440300"},
    {"广东省", "广州市", "440100"}, {"浙江省", "杭州市", "330100"}, {"四川省", "成都市", "510100"},
    {"湖北省", "武汉市", "420100"}, {"山东省", "济南市", "370100"}, {"北京市", "北京市", "110000"},
    {"上海市", "上海市", "310000"}, {"安徽省", "合肥市", "340100"}, {"湖南省", "长沙市", "430100"},
  };
  private static final String[][] LISTED = {
    {"南京莱斯信息技术股份有限公司", "688631", "莱斯信息"},
    {"北京千方科技股份有限公司", "002373", "千方科技"},
    {"深圳市城市交通规划设计研究中心股份有限公司", "301091", "深城交"},
    {"国网信息通信股份有限公司", "600131", "国网信通"},
    {"朗新科技集团股份有限公司", "300682", "朗新集团"},
    {"太极计算机股份有限公司", "002368", "太极股份"},
    {"广东纳睿雷达科技股份有限公司", "688522", "纳睿雷达"},
  };
  private static final DocType[] PROCUREMENT = {
    DocType.PROCUREMENT_INTENT, DocType.TENDER_NOTICE, DocType.TENDER_NOTICE,
        DocType.AWARD_CANDIDATE,
    DocType.AWARD_RESULT, DocType.AWARD_RESULT, DocType.CONTRACT, DocType.CORRECTION,
  };
  private static final String[] SUFFIX = {
    "采购意向公开", "公开招标公告", "公开招标公告", "中标候选人公示", "中标结果公告", "成交结果公告", "合同公告", "更正公告",
  };

  private BenchCorpus() {}

  static Document document(int n) {
    SplittableRandom random = new SplittableRandom(0x5EED_0000L + n);
    String[] theme = THEMES[random.nextInt(THEMES.length)];
    String[] place = PLACES[random.nextInt(PLACES.length)];
    LocalDate published = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
    String url = "https://bench.example/notice/" + n + ".htm";
    if (random.nextInt(10) == 0) {
      String title = place[0] + "关于加快" + theme[1] + "高质量发展的实施意见（第" + n + "号）";
      String text =
          "为贯彻落实国家部署，推动" + theme[1] + "发展，建设" + theme[2] + "，现提出如下意见。" + place[1] + "要统筹推进。";
      return new Document(
          DocumentIds.forUrl(url),
          "bench-policy",
          url,
          List.of(),
          title,
          random.nextInt(4) == 0 ? DocType.POLICY_DRAFT : DocType.POLICY,
          published,
          place[0] + "人民政府",
          IssuerLevel.PROVINCE,
          null,
          new Region(place[0], null, place[2].substring(0, 2) + "0000"),
          null,
          null,
          null,
          null,
          List.of(),
          null,
          List.of(theme[0]),
          text,
          DocumentIds.contentHash(text),
          Instant.parse("2026-01-01T00:00:00Z"),
          List.of());
    }
    int stage = random.nextInt(PROCUREMENT.length);
    DocType type = PROCUREMENT[stage];
    String project = place[1] + theme[2 + random.nextInt(3)] + "项目（" + (n % 997) + "标段）";
    // Log-uniform between 10万 and 5亿 yuan, whole yuan.
    BigDecimal budget =
        BigDecimal.valueOf(
            Math.round(Math.exp(Math.log(1e5) + random.nextDouble() * Math.log(5000))));
    boolean awarded =
        type == DocType.AWARD_CANDIDATE || type == DocType.AWARD_RESULT || type == DocType.CONTRACT;
    BigDecimal amount =
        awarded
            ? budget
                .multiply(BigDecimal.valueOf(85 + random.nextInt(15)))
                .divide(BigDecimal.valueOf(100))
            : null;
    List<Winner> winners = List.of();
    if (awarded) {
      if (random.nextInt(3) == 0) {
        String[] listed = LISTED[random.nextInt(LISTED.length)];
        winners = List.of(new Winner(listed[0], amount, new ListedCompany(listed[1], listed[2])));
      } else {
        winners = List.of(new Winner(place[1] + "智联科技有限公司" + (n % 50), amount, null));
      }
    }
    String title = project + SUFFIX[stage];
    String text =
        "项目名称："
            + project
            + "。采购人："
            + place[1]
            + "数据局。预算金额："
            + budget
            + "元。"
            + "建设内容："
            + theme[2]
            + "，含"
            + theme[3]
            + "与"
            + theme[4]
            + "。"
            + (winners.isEmpty()
                ? ""
                : "中标供应商：" + winners.get(0).name() + "，中标金额：" + amount + "元。");
    return new Document(
        DocumentIds.forUrl(url),
        "bench-procurement",
        url,
        List.of(),
        title,
        type,
        published,
        place[1] + "数据局",
        IssuerLevel.CITY,
        null,
        new Region(place[0], place[1], place[2]),
        "BENCH-" + (n / 4),
        project,
        budget,
        amount,
        winners,
        null,
        List.of(theme[0]),
        text,
        DocumentIds.contentHash(text),
        Instant.parse("2026-01-01T00:00:00Z"),
        List.of());
  }

  /** The analysts' typical query: a phrase, a theme, a year, with facets. */
  static String query(int i) {
    String[] theme = THEMES[i % THEMES.length];
    int year = 2023 + (i / THEMES.length) % 3;
    String phrase = theme[2 + (i / 12) % 3];
    return "q="
        + encode("\"" + phrase + "\"")
        + "&theme="
        + theme[0]
        + "&from="
        + year
        + "-01-01&to="
        + year
        + "-12-31&aggs=true";
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
