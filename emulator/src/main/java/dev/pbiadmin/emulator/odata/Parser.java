package dev.pbiadmin.emulator.odata;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser for the {@code $filter} grammar (OData v4 precedence: {@code not} binds
 * tighter than comparisons, {@code and} tighter than {@code or}). Depth and length are bounded so
 * hostile input fails with a message instead of a stack overflow.
 */
final class Parser {
  static final int MAX_LENGTH = 8192;
  static final int MAX_DEPTH = 64;
  private static final Set<String> COMPARISONS = Set.of("eq", "ne", "gt", "ge", "lt", "le");
  private static final Set<String> UNSUPPORTED_OPERATORS =
      Set.of("has", "in", "add", "sub", "mul", "div", "divby", "mod");

  private final List<Token> tokens;
  private int pos;
  private int depth;

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static Node parse(String text) {
    if (text == null || text.isBlank()) {
      throw new ODataException("$filter is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new ODataException("$filter is longer than " + MAX_LENGTH + " characters");
    }
    Parser p = new Parser(Lexer.tokenize(text));
    Node node = p.or();
    if (p.peek().kind() != Token.Kind.END) {
      throw new ODataException(
          "$filter has unexpected " + p.peek().describe() + describeOperator(p.peek()));
    }
    return node;
  }

  private static String describeOperator(Token t) {
    if (t.kind() == Token.Kind.IDENTIFIER
        && UNSUPPORTED_OPERATORS.contains(t.text().toLowerCase(Locale.ROOT))) {
      return "; the operator '"
          + t.text()
          + "' is not supported (supported: eq, ne, gt, ge, lt, le, and, or, not)";
    }
    return "; expected an operator such as eq, and, or";
  }

  private Node or() {
    enter();
    Node left = and();
    while (isKeyword("or")) {
      pos++;
      left = new Node.Binary("or", left, and());
    }
    depth--;
    return left;
  }

  private Node and() {
    Node left = comparison();
    while (isKeyword("and")) {
      pos++;
      left = new Node.Binary("and", left, comparison());
    }
    return left;
  }

  private Node comparison() {
    Node left = unary();
    Token t = peek();
    if (t.kind() == Token.Kind.IDENTIFIER
        && COMPARISONS.contains(t.text().toLowerCase(Locale.ROOT))) {
      pos++;
      return new Node.Binary(t.text().toLowerCase(Locale.ROOT), left, unary());
    }
    return left;
  }

  private Node unary() {
    if (isKeyword("not")) {
      pos++;
      enter();
      Node operand = unary();
      depth--;
      return new Node.Not(operand);
    }
    return primary();
  }

  private Node primary() {
    Token t = next();
    switch (t.kind()) {
      case LPAREN -> {
        Node inner = or();
        expect(Token.Kind.RPAREN, "')' to close the '(' at position " + t.position());
        return inner;
      }
      case STRING -> {
        return new Node.Literal(ValueType.STRING, t.text(), null);
      }
      case ENUM -> {
        return new Node.Literal(ValueType.ENUM, t.text(), t.qualifier());
      }
      case GUID -> {
        return new Node.Literal(ValueType.GUID, t.text().toLowerCase(Locale.ROOT), null);
      }
      case NUMBER -> {
        return new Node.Literal(ValueType.NUMBER, number(t), null);
      }
      case DATETIME -> {
        return new Node.Literal(ValueType.DATETIME, dateTime(t), null);
      }
      case IDENTIFIER -> {
        return identifier(t);
      }
      default ->
          throw new ODataException(
              "$filter expected a value, property or '(' but found " + t.describe());
    }
  }

  private Node identifier(Token t) {
    String word = t.text();
    switch (word.toLowerCase(Locale.ROOT)) {
      case "true", "false" -> {
        return new Node.Literal(
            ValueType.BOOLEAN, Boolean.valueOf(word.toLowerCase(Locale.ROOT)), null);
      }
      case "null" -> {
        return new Node.Literal(ValueType.NULL, null, null);
      }
      default -> {}
    }
    if (peek().kind() == Token.Kind.LPAREN) {
      return call(t);
    }
    if (word.contains(".")) {
      throw new ODataException(
          "$filter has '"
              + word
              + "' at position "
              + t.position()
              + ", which is neither a property nor a typed literal such as Namespace.Type'Value'");
    }
    List<String> segments = new ArrayList<>();
    segments.add(word);
    while (peek().kind() == Token.Kind.SLASH) {
      pos++;
      Token seg = next();
      if (seg.kind() != Token.Kind.IDENTIFIER) {
        throw new ODataException(
            "$filter expected a property name after '/' but found " + seg.describe());
      }
      String lower = seg.text().toLowerCase(Locale.ROOT);
      if ((lower.equals("any") || lower.equals("all")) && peek().kind() == Token.Kind.LPAREN) {
        return lambda(new Node.Path(List.copyOf(segments)), lower.equals("all"), seg);
      }
      segments.add(seg.text());
    }
    return new Node.Path(List.copyOf(segments));
  }

  private Node lambda(Node.Path collection, boolean all, Token keyword) {
    expect(Token.Kind.LPAREN, "'('");
    if (peek().kind() == Token.Kind.RPAREN) {
      pos++;
      if (all) {
        throw new ODataException(
            "$filter: all() needs a condition, e.g. " + collection + "/all(x: ...)");
      }
      return new Node.Lambda(collection, false, null, null);
    }
    Token variable = next();
    if (variable.kind() != Token.Kind.IDENTIFIER || variable.text().contains(".")) {
      throw new ODataException(
          "$filter expected a lambda variable name after " + keyword.describe() + "(");
    }
    expect(Token.Kind.COLON, "':' after the lambda variable '" + variable.text() + "'");
    Node body = or();
    expect(Token.Kind.RPAREN, "')' to close " + keyword.describe());
    return new Node.Lambda(collection, all, variable.text(), body);
  }

  private Node call(Token name) {
    String function = name.text().toLowerCase(Locale.ROOT);
    if (!Functions.isKnown(function)) {
      throw new ODataException(
          "$filter uses the function '"
              + name.text()
              + "', which is not supported; supported: "
              + String.join(", ", Functions.NAMES));
    }
    pos++;
    enter();
    List<Node> args = new ArrayList<>();
    if (peek().kind() != Token.Kind.RPAREN) {
      args.add(or());
      while (peek().kind() == Token.Kind.COMMA) {
        pos++;
        args.add(or());
      }
    }
    expect(Token.Kind.RPAREN, "')' to close " + name.text() + "(");
    depth--;
    Functions.checkArity(function, args.size());
    return new Node.Call(function, List.copyOf(args));
  }

  private static Object dateTime(Token t) {
    try {
      String text = t.text();
      if (!text.endsWith("Z") && !text.matches(".*[+-]\\d{2}:\\d{2}$")) {
        text = text + "Z";
      }
      return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new ODataException("$filter has an invalid date-time " + t.describe());
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw new ODataException("$filter is nested more than " + MAX_DEPTH + " levels deep");
    }
  }

  private boolean isKeyword(String keyword) {
    Token t = peek();
    return t.kind() == Token.Kind.IDENTIFIER && t.text().equalsIgnoreCase(keyword);
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token next() {
    Token t = tokens.get(pos);
    if (t.kind() != Token.Kind.END) {
      pos++;
    }
    return t;
  }

  private void expect(Token.Kind kind, String what) {
    Token t = next();
    if (t.kind() != kind) {
      throw new ODataException("$filter expected " + what + " but found " + t.describe());
    }
  }

  /** A number literal; an exponent beyond BigDecimal's range is the caller's mistake, not ours. */
  private static BigDecimal number(Token t) {
    String digits = t.text().replaceAll("[mMdDfFlL]$", "");
    try {
      return new BigDecimal(digits);
    } catch (NumberFormatException e) {
      throw new ODataException(
          "$filter number " + t.describe() + " is out of range: " + e.getMessage());
    }
  }
}
