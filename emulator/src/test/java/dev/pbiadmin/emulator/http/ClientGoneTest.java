package dev.pbiadmin.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ClientGoneTest {
  @Test
  void is_eofWrappedInUnchecked_true() {
    assertThat(
            ClientGone.is(
                new UncheckedIOException(
                    new IOException("write failed", new EOFException("Closed")))))
        .isTrue();
  }

  @Test
  void is_brokenPipeOrReset_true() {
    assertThat(ClientGone.is(new IOException("Broken pipe"))).isTrue();
    assertThat(ClientGone.is(new RuntimeException(new IOException("Connection reset by peer"))))
        .isTrue();
  }

  @Test
  void is_closeRacingWriteWithEofSuppressed_true() {
    IOException close = new IOException("Close SendCallback@1[PROCESSING] in state PROCESSING");
    close.addSuppressed(new EOFException("Closed"));
    assertThat(ClientGone.is(close)).isTrue();
  }

  @Test
  void is_otherFailures_false() {
    assertThat(ClientGone.is(new IOException("disk full"))).isFalse();
    assertThat(ClientGone.is(new IllegalStateException("bug"))).isFalse();
    assertThat(ClientGone.is(new UncheckedIOException(new IOException((String) null)))).isFalse();
  }
}
