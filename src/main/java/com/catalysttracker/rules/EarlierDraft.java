package com.catalysttracker.rules;

/**
 * A draft for comment the final policy being evaluated follows: same issuer, same title without
 * 征求意见稿.
 */
public record EarlierDraft(Doc draft) {
  public Doc getDraft() {
    return draft;
  }
}
