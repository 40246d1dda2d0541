package com.catalysttracker.extract;

import com.catalysttracker.enrich.IssuerLevels;
import com.catalysttracker.enrich.ListedCompanyMatcher;
import com.catalysttracker.enrich.RegionResolver;
import java.nio.file.Path;

/** The reference files extraction enriches documents with, loaded once from {@code reference/}. */
public record ReferenceData(
    RegionResolver regions, IssuerLevels issuerLevels, ListedCompanyMatcher listedCompanies) {

  public static ReferenceData load(Path referenceDir) {
    RegionResolver regions = RegionResolver.load(referenceDir);
    return new ReferenceData(
        regions, IssuerLevels.load(referenceDir, regions), ListedCompanyMatcher.load(referenceDir));
  }
}
