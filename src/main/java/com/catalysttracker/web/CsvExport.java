package com.catalysttracker.web;

import com.catalysttracker.document.Document;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV in UTF-8 with a byte-order mark, which Excel needs to read Chinese correctly. */
final class CsvExport {
  private final Writer out;

  CsvExport(Writer out) throws IOException {
    this.out = out;
    out.write('\uFEFF');
    line(ReportRows.HEADER);
  }

  void add(Document document) throws IOException {
    line(ReportRows.row(document).stream().map(ReportRows::guard).toList());
  }

  void finish() throws IOException {
    out.flush();
  }

  private void line(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells.get(i)));
    }
    out.write("\r\n");
  }

  private static String quote(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
