package com.catalysttracker.rules;

/**
 * One vocabulary term the document mentions (lower-cased), inserted once per distinct term. Rules
 * that test {@code Mention(term == "...")} are indexed by Drools, so a thousand keyword rules cost
 * no more per document than the terms it actually mentions.
 */
public record Mention(String term) {
  public String getTerm() {
    return term;
  }
}
