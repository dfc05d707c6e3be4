package dev.pbiadmin.emulator.odata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a {@code $filter} into tokens. Positions are 0-based character offsets for messages. */
final class Lexer {
  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9A-Za-z_])");
  private static final Pattern DATETIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?(?![0-9A-Za-z_])");
  private static final Pattern NUMBER =
      Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?[mMdDfFlL]?(?![0-9A-Za-z_])");

  private Lexer() {}

  static List<Token> tokenize(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      switch (c) {
        case '(' -> tokens.add(new Token(Token.Kind.LPAREN, "(", i++));
        case ')' -> tokens.add(new Token(Token.Kind.RPAREN, ")", i++));
        case ',' -> tokens.add(new Token(Token.Kind.COMMA, ",", i++));
        case '/' -> tokens.add(new Token(Token.Kind.SLASH, "/", i++));
        case ':' -> tokens.add(new Token(Token.Kind.COLON, ":", i++));
        case '\'' -> {
          StringBuilder value = new StringBuilder();
          i = quoted(s, i, value);
          tokens.add(new Token(Token.Kind.STRING, value.toString(), start));
        }
        default -> {
          Matcher m;
          if ((m = match(GUID, s, i)) != null) {
            tokens.add(new Token(Token.Kind.GUID, m.group(), start));
            i = m.end();
          } else if ((m = match(DATETIME, s, i)) != null) {
            tokens.add(new Token(Token.Kind.DATETIME, m.group(), start));
            i = m.end();
          } else if ((m = match(NUMBER, s, i)) != null) {
            tokens.add(new Token(Token.Kind.NUMBER, m.group(), start));
            i = m.end();
          } else if (Character.isLetter(c) || c == '_' || c == '$' || c == '@') {
            int end = i + 1;
            while (end < s.length()
                && (Character.isLetterOrDigit(s.charAt(end))
                    || s.charAt(end) == '_'
                    || s.charAt(end) == '.')) {
              end++;
            }
            String word = s.substring(i, end);
            if (end < s.length() && s.charAt(end) == '\'') {
              StringBuilder value = new StringBuilder();
              i = quoted(s, end, value);
              tokens.add(Token.enumLiteral(word, value.toString(), start));
            } else {
              tokens.add(new Token(Token.Kind.IDENTIFIER, word, start));
              i = end;
            }
          } else {
            throw new ODataException(
                "$filter has an unexpected character '" + c + "' at position " + i);
          }
        }
      }
    }
    tokens.add(new Token(Token.Kind.END, "", s.length()));
    return tokens;
  }

  /** Reads a single-quoted literal starting at {@code open}; {@code ''} is an escaped quote. */
  private static int quoted(String s, int open, StringBuilder value) {
    int i = open + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
          value.append('\'');
          i += 2;
          continue;
        }
        return i + 1;
      }
      value.append(c);
      i++;
    }
    throw new ODataException(
        "$filter has a string starting at position " + open + " that is never closed with '");
  }

  private static Matcher match(Pattern p, String s, int from) {
    Matcher m = p.matcher(s).region(from, s.length());
    return m.lookingAt() ? m : null;
  }
}
