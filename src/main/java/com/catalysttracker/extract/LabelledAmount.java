package com.catalysttracker.extract;

import java.math.BigDecimal;

/**
 * An amount found after a label, in document order.
 *
 * @param kind budget or award
 * @param label the label as printed (full-width forms folded), e.g. {@code 中标(成交)金额}
 * @param yuan the amount in yuan
 * @param total the label or its wording says this is a sum over lots (总中标金额, …合计为)
 * @param corrected a correction notice's new value (更正为 …, a 变更后 column)
 */
public record LabelledAmount(
    MoneyKind kind, String label, BigDecimal yuan, boolean total, boolean corrected) {}
