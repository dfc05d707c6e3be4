package dev.pbiadmin.emulator.odata;

/**
 * A lexical token. {@code text} is the decoded value (a string literal without its quotes and with
 * {@code ''} unescaped); {@code qualifier} is the type name of an enum literal ({@code
 * Namespace.Type'Value'}), otherwise {@code null}.
 */
record Token(Kind kind, String text, String qualifier, int position) {
  enum Kind {
    IDENTIFIER,
    STRING,
    NUMBER,
    GUID,
    DATETIME,
    ENUM,
    LPAREN,
    RPAREN,
    COMMA,
    SLASH,
    COLON,
    END
  }

  Token(Kind kind, String text, int position) {
    this(kind, text, null, position);
  }

  static Token enumLiteral(String type, String value, int position) {
    return new Token(Kind.ENUM, value, type, position);
  }

  String describe() {
    return kind == Kind.END ? "the end of the filter" : "'" + text + "' at position " + position;
  }
}
