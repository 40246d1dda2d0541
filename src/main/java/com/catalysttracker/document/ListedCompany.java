package com.catalysttracker.document;

/** A listed company a winner maps to: its stock code (e.g. 688631) and short name (e.g. 莱斯信息). */
public record ListedCompany(String code, String name) {}
