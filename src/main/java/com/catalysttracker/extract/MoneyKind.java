package com.catalysttracker.extract;

/** What a labelled amount means for the contract: the price limit or the awarded price. */
public enum MoneyKind {
  /** 预算金额, 最高限价, 招标控制价: {@code budget_yuan}. */
  BUDGET,
  /** 中标金额, 成交金额, 投标报价, 合同金额: {@code amount_yuan}. */
  AWARD
}
