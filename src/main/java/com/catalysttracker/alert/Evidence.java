package com.catalysttracker.alert;

/**
 * One fact an alert quotes and where on the page it came from.
 *
 * @param field the contract field, e.g. {@code amount_yuan}, {@code winners}, {@code published}
 * @param value the value as the alert states it
 * @param snippet the surrounding page text, empty when the value does not appear verbatim
 */
public record Evidence(String field, String value, String snippet) {}
