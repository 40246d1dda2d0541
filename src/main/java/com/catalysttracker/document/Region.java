package com.catalysttracker.document;

import org.jspecify.annotations.Nullable;

/**
 * Where an issuer or buyer sits. {@code city} is the prefecture above a county or district and is
 * null for a province-level issuer; for municipalities province and city are both the municipality.
 * {@code code} is the GB/T 2260 code of the most specific division known.
 */
public record Region(String province, @Nullable String city, @Nullable String code) {}
