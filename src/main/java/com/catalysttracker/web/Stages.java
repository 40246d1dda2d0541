package com.catalysttracker.web;

import com.catalysttracker.document.DocType;

/** 进展: the lifecycle stage in the words analysts put in their report tables. */
final class Stages {
  private Stages() {}

  static String label(DocType type) {
    return switch (type) {
      case PROCUREMENT_INTENT -> "采购意向";
      case TENDER_NOTICE -> "招标";
      case AWARD_CANDIDATE -> "候选人公示";
      case AWARD_RESULT -> "中标";
      case CONTRACT -> "合同";
      case CORRECTION -> "更正";
      case TERMINATION -> "终止";
      case POLICY_DRAFT -> "征求意见";
      case POLICY -> "印发";
      case POLICY_INTERPRETATION -> "解读";
      case OTHER -> "其他";
    };
  }
}
