package com.catalysttracker.crawl;

import com.catalysttracker.source.ListSpec;
import com.catalysttracker.source.SourceDefinition;

/** Reads the items of one list page; one implementation per {@link ListSpec.Format}. */
interface ListReader {

  /**
   * @param source the source (hosts and scheme canonicalise links)
   * @param list the list's definition
   * @param page the fetched page (real URLs)
   * @throws ListFormatException when the page is not what the format expects (not JSON, …)
   */
  ListPage read(SourceDefinition source, ListSpec list, FetchResult page);

  static ListReader of(ListSpec.Format format) {
    return switch (format) {
      case JSON -> new JsonListReader();
      case JSON_HTML -> new FragmentListReader();
      case HTML -> new HtmlListReader();
    };
  }

  /** A list answer that cannot be read at all: a failure, not an empty page. */
  final class ListFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ListFormatException(String message) {
      super(message);
    }
  }
}
