package com.catalysttracker.document;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A winning bidder (or first-ranked candidate of a lot), with the listed parent when there is one.
 */
public record Winner(
    String name, @Nullable BigDecimal amountYuan, @Nullable ListedCompany listed) {}
