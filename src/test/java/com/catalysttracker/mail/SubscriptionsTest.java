package com.catalysttracker.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.catalysttracker.alert.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subscriptions file's digest entries, and the messages that say how to fix a wrong one. */
class SubscriptionsTest {
  @TempDir Path temp;

  List<Subscription> load(String yaml) throws Exception {
    Path file = temp.resolve("subscriptions.yml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return Subscriptions.load(file);
  }

  @Test
  void aDigestTimeIsReadQuotedOrAsYamlReadsAnUnquotedOne() throws Exception {
    List<Subscription> subscriptions =
        load(
            """
        subscriptions:
          - recipient: a@example.com
            themes: [power-it]
            min_severity: high
            delivery: digest
            digest_at: 18:00
          - recipient: b@example.com
            themes: ['*']
            delivery: digest
            digest_at: "08:30"
          - recipient: c@example.com
            themes: [ops]
        """);

    assertThat(subscriptions)
        .extracting(Subscription::digestAt)
        .containsExactly(LocalTime.of(18, 0), LocalTime.of(8, 30), null);
    assertThat(subscriptions.get(0).minSeverity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void aDigestWithoutATimeNamesTheEntryAndTheFix() {
    assertThatThrownBy(
            () ->
                load(
                    """
        subscriptions:
          - recipient: a@example.com
            themes: [power-it]
            delivery: digest
        """))
        .hasMessageContaining("subscription 1 (a@example.com)")
        .hasMessageContaining("delivery: digest needs digest_at: \"HH:mm\"");
  }

  @Test
  void aTimeThatIsNoTimeIsRejected() {
    assertThatThrownBy(
            () ->
                load(
                    """
        subscriptions:
          - recipient: a@example.com
            themes: [power-it]
            delivery: digest
            digest_at: "6pm"
        """))
        .hasMessageContaining("digest_at '6pm' is not a time");
  }

  @Test
  void aDigestTimeWithoutDigestDeliveryIsAMistake() {
    assertThatThrownBy(
            () ->
                load(
                    """
        subscriptions:
          - recipient: a@example.com
            themes: [power-it]
            digest_at: "18:00"
        """))
        .hasMessageContaining("digest_at is set but delivery is not digest");
  }
}
