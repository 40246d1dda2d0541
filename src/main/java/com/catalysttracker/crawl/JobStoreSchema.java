package com.catalysttracker.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Creates Quartz's tables when the job store has none, from the scripts Quartz ships ({@code
 * tables_h2.sql}, {@code tables_postgres.sql}). Never drops anything: Boot's {@code
 * initialize-schema: always} would, and with it every misfire Quartz keeps across restarts.
 */
final class JobStoreSchema {

  private JobStoreSchema() {}

  static void ensure(DataSource dataSource) throws SQLException, IOException {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String name : new String[] {"QRTZ_TRIGGERS", "qrtz_triggers"}) {
        try (ResultSet tables = meta.getTables(null, null, name, null)) {
          if (tables.next()) {
            return;
          }
        }
      }
      String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
      String script = product.contains("postgres") ? "tables_postgres.sql" : "tables_h2.sql";
      String sql;
      try (InputStream in =
          JobStoreSchema.class.getResourceAsStream("/org/quartz/impl/jdbcjobstore/" + script)) {
        if (in == null) {
          throw new IOException("Quartz's " + script + " is missing from the class path");
        }
        sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      try (Statement st = c.createStatement()) {
        for (String statement : sql.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
          String s = statement.strip();
          if (!s.isEmpty()
              && !s.toUpperCase(Locale.ROOT).startsWith("DROP")
              && !s.equalsIgnoreCase("COMMIT")) {
            st.execute(s);
          }
        }
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
  }
}
