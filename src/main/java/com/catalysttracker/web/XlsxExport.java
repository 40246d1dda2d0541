package com.catalysttracker.web;

import com.catalysttracker.document.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The report table as an Excel workbook, streamed row by row. */
final class XlsxExport {
  private static final double[] WIDTHS = {12, 14, 40, 12, 10, 60, 18, 30, 18, 50};

  private final Workbook workbook;
  private final Worksheet sheet;
  private int row;

  XlsxExport(OutputStream out, String version) {
    workbook = new Workbook(out, "Catalyst Tracker", version);
    sheet = workbook.newWorksheet("检索结果");
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.width(c, WIDTHS[c]);
    }
    write(ReportRows.HEADER);
    sheet.range(0, 0, 0, ReportRows.HEADER.size() - 1).style().bold().set();
    sheet.freezePane(0, 1);
  }

  void add(Document document) {
    write(ReportRows.row(document));
  }

  void finish() throws IOException {
    sheet.finish();
    workbook.finish();
  }

  /** Cells are written as strings, never formulas; the guard also keeps them inert once edited. */
  private void write(List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      sheet.value(row, c, ReportRows.guard(cells.get(c)));
    }
    row++;
  }
}
