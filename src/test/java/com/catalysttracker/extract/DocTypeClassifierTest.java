package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.catalysttracker.document.DocType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocTypeClassifierTest {

  private final DocTypeClassifier classifier = DocTypeClassifier.standard();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "某项目中标公告 | AWARD_RESULT",
        "某项目成交结果公告 | AWARD_RESULT",
        "某项目中标（成交）结果公告 | AWARD_RESULT",
        "某工程中标结果公示 | AWARD_RESULT",
        "某工程中标候选人公示 | AWARD_CANDIDATE",
        "某工程评标结果公示 | AWARD_CANDIDATE",
        "某采购成交候选人公示 | AWARD_CANDIDATE",
        "某项目招标公告 | TENDER_NOTICE",
        "某项目公开招标公告 | TENDER_NOTICE",
        "某项目竞争性磋商公告 | TENDER_NOTICE",
        "某项目询价公告 | TENDER_NOTICE",
        "某项目采购公告 | TENDER_NOTICE",
        "国网某公司2024年服务公开招标采购 | TENDER_NOTICE",
        "某项目合同公告 | CONTRACT",
        "某项目更正公告 | CORRECTION",
        "某项目招标公告变更公告1 | CORRECTION",
        "关于某项目招标文件的澄清公告 | CORRECTION",
        "某项目终止公告 | TERMINATION",
        "某项目废标公告 | TERMINATION",
        "某项目流标公示 | TERMINATION",
        "某单位2025年1月政府采购意向 | PROCUREMENT_INTENT",
        "某单位年度例会纪要 | OTHER",
      })
  void classifiesProcurementTitles(String title, DocType expected) {
    assertThat(classifier.classify(SourceKind.PROCUREMENT, title)).isEqualTo(expected);
  }

  @Test
  void aCorrectionOfAnAwardIsACorrection() {
    assertThat(classifier.classify(SourceKind.PROCUREMENT, "关于某项目中标公告的更正公告"))
        .isEqualTo(DocType.CORRECTION);
    assertThat(classifier.classify(SourceKind.PROCUREMENT, "某项目中标候选人公示终止公告"))
        .isEqualTo(DocType.TERMINATION);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "关于公开征求《某办法（征求意见稿）》意见的通知 | POLICY_DRAFT",
        "国家发展改革委关于向社会公开征求《某规则》意见的公告 | POLICY_DRAFT",
        "《某实施方案》政策解读 | POLICY_INTERPRETATION",
        "《某通知》解读 | POLICY_INTERPRETATION",
        "国家数据局负责同志就《某计划》答记者问 | POLICY_INTERPRETATION",
        "图解：某行动方案 | POLICY_INTERPRETATION",
        "某省人民政府关于印发某方案的通知 | POLICY",
        "关于印发《政策解读工作规范》的通知 | POLICY",
        "某局2025年度考试录用公务员面试公告 | OTHER",
        "关于某企业资质申报材料的公示 | OTHER",
      })
  void classifiesPolicyTitles(String title, DocType expected) {
    assertThat(classifier.classify(SourceKind.POLICY, title)).isEqualTo(expected);
  }

  @Test
  void anInterpretationOfADraftIsAnInterpretation() {
    // Decided in doc-types.yml: the document explains; it does not itself ask for comment.
    assertThat(classifier.classify(SourceKind.POLICY, "关于《某办法（征求意见稿）》的解读"))
        .isEqualTo(DocType.POLICY_INTERPRETATION);
  }

  @Test
  void theContextDecidesWhenTheTitleCannot() {
    assertThat(classifier.classify(SourceKind.PROCUREMENT, "某市智慧路口改造项目")).isEqualTo(DocType.OTHER);
    assertThat(classifier.classify(SourceKind.PROCUREMENT, "某市智慧路口改造项目", "一、中标结果公告 二、中标人"))
        .isEqualTo(DocType.AWARD_RESULT);
  }

  @Test
  void theTitleWinsOverTheContext() {
    assertThat(classifier.classify(SourceKind.PROCUREMENT, "某项目招标公告", "详见中标公告"))
        .isEqualTo(DocType.TENDER_NOTICE);
  }

  @Test
  void aNewPhrasingNeedsOnlyTheDataFile() {
    DocTypeClassifier custom =
        DocTypeClassifier.fromYaml(
            "custom.yml",
            "procurement:\n  rules:\n    - type: award_result\n      phrases: [中选通知]\n  fallback: other\n"
                + "policy:\n  rules: []\n  fallback: policy\n");
    assertThat(custom.classify(SourceKind.PROCUREMENT, "某项目中选通知")).isEqualTo(DocType.AWARD_RESULT);
  }

  @Test
  void anUnknownTypeNamesTheFileLineAndTheChoices() {
    String yaml =
        "procurement:\n  rules:\n    - type: award\n      phrases: [中标]\n  fallback: other\npolicy:\n  rules: []\n  fallback: policy\n";
    assertThatThrownBy(() -> DocTypeClassifier.fromYaml("custom.yml", yaml))
        .hasMessageContaining("custom.yml line 3")
        .hasMessageContaining("unknown doc_type 'award'")
        .hasMessageContaining("award_result");
  }

  @Test
  void aRuleWithoutPhrasesIsRefusedWithItsLine() {
    String yaml =
        "procurement:\n  rules:\n    - type: contract\n  fallback: other\npolicy:\n  rules: []\n  fallback: policy\n";
    assertThatThrownBy(() -> DocTypeClassifier.fromYaml("custom.yml", yaml))
        .hasMessageContaining("custom.yml line 3")
        .hasMessageContaining("neither 'phrases' nor 'endings'");
  }

  @Test
  void trimsTrailingNumbersAndPunctuationAsTheRegexDid() {
    // The hand-written trim replaced replaceAll("[\\d\\s\\p{P}]+$", "") after strip() (issue #6).
    String[] parts = {
      "公告",
      "1",
      "２",
      " ",
      "\t",
      "\n",
      "。",
      "》",
      "…",
      "-",
      "_",
      "（",
      "¥",
      "+",
      "\u3000",
      "解读",
      "a",
      "\uD840\uDC00"
    };
    java.util.Random random = new java.util.Random(6);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      String t = text.toString();
      assertThat(DocTypeClassifier.withoutTrailingNumberOrPunctuation(t))
          .as("[%s]", t)
          .isEqualTo(t.strip().replaceAll("[\\d\\s\\p{P}]+$", ""));
    }
    assertThat(DocTypeClassifier.withoutTrailingNumberOrPunctuation("变更公告1")).isEqualTo("变更公告");
  }
}
