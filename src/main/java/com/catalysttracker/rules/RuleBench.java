package com.catalysttracker.rules;

import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.Region;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The fixed data set and generated rules of {@code rules bench}: documents of typical length mixing
 * filler text with theme vocabulary (seeded, so every run measures the same work), and a copy of a
 * rules folder with N generated keyword rules added.
 */
public final class RuleBench {
  private static final String FILLER =
      "为贯彻落实党中央国务院决策部署推动高质量发展现就有关事项通知如下各地区各部门要加强组织领导完善工作机制"
          + "强化要素保障项目采购需求详见附件供应商须具备相应资质投标文件递交截止时间前送达逾期不予受理";
  private static final String[] TERMS = {
    "低空经济",
    "无人机",
    "eVTOL",
    "起降场",
    "车路云一体化",
    "路侧单元",
    "RSU",
    "智慧路口",
    "虚拟电厂",
    "电力现货",
    "储能",
    "源网荷储",
    "数据要素",
    "公共数据授权运营",
    "数据资产入表",
    "可信数据空间",
    "数据中心机房空调"
  };

  private RuleBench() {}

  /**
   * {@code count} documents of about {@code length} characters, every one mentioning theme
   * vocabulary.
   */
  public static List<Document> documents(int count, int length, long seed) {
    return documents(count, length, seed, 1);
  }

  /**
   * {@code count} documents of about {@code length} characters, the same for a given seed; only
   * every {@code themedEvery}-th mentions theme vocabulary (in its title and about one 20-character
   * stretch in ten of its text), the others are filler that no theme matches. With 1, nearly every
   * document alerts, which real crawls never see: most pages a crawler reads are in no theme.
   */
  public static List<Document> documents(int count, int length, long seed, int themedEvery) {
    if (themedEvery < 1) {
      throw new IllegalArgumentException("themedEvery must be at least 1, was " + themedEvery);
    }
    Random random = new Random(seed);
    List<Document> documents = new ArrayList<>(count);
    DocType[] types = {
      DocType.POLICY, DocType.TENDER_NOTICE, DocType.AWARD_RESULT, DocType.POLICY_DRAFT
    };
    IssuerLevel[] levels = {
      IssuerLevel.NATIONAL, IssuerLevel.PROVINCE, IssuerLevel.CITY, IssuerLevel.DISTRICT
    };
    for (int i = 0; i < count; i++) {
      boolean themed = i % themedEvery == 0;
      StringBuilder text = new StringBuilder(length + 32);
      while (text.length() < length) {
        int from = random.nextInt(FILLER.length() - 20);
        text.append(FILLER, from, from + 20);
        if (random.nextInt(10) == 0) {
          String term = TERMS[random.nextInt(TERMS.length)];
          // Filler of the term's length in its place, so both mixes draw the same random numbers.
          text.append(themed ? term : FILLER.substring(from, from + term.length()));
        }
      }
      DocType type = types[random.nextInt(types.length)];
      String url = "https://bench.example/doc/" + i;
      String body = text.toString();
      String titleTerm = TERMS[random.nextInt(TERMS.length)];
      documents.add(
          new Document(
              DocumentIds.forUrl(url),
              "bench",
              url,
              List.of(),
              "关于" + (themed ? titleTerm : "办公设备") + "项目的公告" + i,
              type,
              LocalDate.of(2024, 1, 1).plusDays(i % 300),
              "某市人民政府",
              levels[random.nextInt(levels.length)],
              null,
              new Region("江苏省", "南京市", "320100"),
              "BENCH-" + i,
              null,
              BigDecimal.valueOf(random.nextInt(3_0000_0000)),
              null,
              List.of(),
              null,
              List.of(),
              body,
              DocumentIds.contentHash(body),
              Instant.parse("2024-06-01T00:00:00Z"),
              List.of()));
    }
    return documents;
  }

  /**
   * Copies {@code rules} to {@code target} and adds {@code count} keyword rules, each tagging a
   * generated theme when the document mentions its keyword. One keyword in a hundred is a
   * launch-theme term the bench documents mention; the rest are words they never mention, as most
   * of a large keyword list is for any one document.
   */
  public static Path withKeywordRules(Path rules, Path target, int count) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(rules)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    StringBuilder vocab = new StringBuilder("@name 基准关键词\n");
    // dialect "mvel", as rules/README.md advises for long generated rule lists: each Java
    // consequence is a
    // class ECJ compiles, most of the time a rebuild took (#7 figures); an MVEL one is only parsed.
    StringBuilder drl =
        new StringBuilder(
            "package catalyst.bench;\n\nimport com.catalysttracker.rules.Mention;\n"
                + "import com.catalysttracker.rules.Theme;\n\ndialect \"mvel\"\n\n");
    for (int i = 0; i < count; i++) {
      String keyword =
          i % 100 == 0 ? Vocabulary.normalize(TERMS[(i / 100) % TERMS.length]) : "基准词" + i;
      vocab.append(keyword).append('\n');
      drl.append("rule \"keyword ")
          .append(i)
          .append("\"\nwhen\n    Mention( term == \"")
          .append(keyword)
          .append("\" )\nthen\n    insert( new Theme(\"bench-")
          .append(i % 50)
          .append("\", \"基准\", java.util.List.of(\"")
          .append(keyword)
          .append("\")) );\nend\n\n");
    }
    Files.writeString(target.resolve("bench-keywords.vocab"), vocab, StandardCharsets.UTF_8);
    Files.writeString(target.resolve("bench-keywords.drl"), drl, StandardCharsets.UTF_8);
    return target;
  }
}
