package com.catalysttracker.extract;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The labelled amounts of one page and the two figures the contract wants from them.
 *
 * @param found every labelled amount, in document order (table amounts after the text's)
 */
public record Amounts(List<LabelledAmount> found) {

  public Amounts {
    found = List.copyOf(found);
  }

  /**
   * {@code budget_yuan}: a correction's new value if there is one (the last), else a stated total,
   * else the first budget figure.
   */
  public Optional<BigDecimal> budget() {
    return pick(MoneyKind.BUDGET, false);
  }

  /**
   * {@code amount_yuan}: a correction's new value, else a stated total (总中标金额), else the sum of the
   * distinct award figures (one per lot; a figure repeated in a page's summary and body counts
   * once, so two lots with the very same price are counted once too).
   */
  public Optional<BigDecimal> award() {
    return pick(MoneyKind.AWARD, true);
  }

  private Optional<BigDecimal> pick(MoneyKind kind, boolean sumLots) {
    List<LabelledAmount> ofKind = found.stream().filter(a -> a.kind() == kind).toList();
    List<LabelledAmount> corrected = ofKind.stream().filter(LabelledAmount::corrected).toList();
    if (!corrected.isEmpty()) {
      return Optional.of(corrected.get(corrected.size() - 1).yuan());
    }
    Optional<LabelledAmount> total = ofKind.stream().filter(LabelledAmount::total).findFirst();
    if (total.isPresent()) {
      return Optional.of(total.get().yuan());
    }
    if (ofKind.isEmpty()) {
      return Optional.empty();
    }
    if (!sumLots) {
      return Optional.of(ofKind.get(0).yuan());
    }
    Set<BigDecimal> distinct = new LinkedHashSet<>();
    ofKind.forEach(a -> distinct.add(a.yuan()));
    return Optional.of(distinct.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }
}
