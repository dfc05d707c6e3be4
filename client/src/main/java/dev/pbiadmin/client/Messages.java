package dev.pbiadmin.client;

/** Formats the trailing context every exception message carries. */
final class Messages {
  private Messages() {}

  static String suffix(String requestId, String url) {
    StringBuilder sb = new StringBuilder();
    if (url != null) {
      sb.append(" [").append(url).append(']');
    }
    if (requestId != null) {
      sb.append(" (RequestId ").append(requestId).append(')');
    }
    return sb.toString();
  }
}
