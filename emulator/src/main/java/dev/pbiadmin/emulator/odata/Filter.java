package dev.pbiadmin.emulator.odata;

/**
 * A parsed, type-checked {@code $filter}, e.g. {@code type eq 'PersonalGroup'} or the documented
 * orphaned-workspace filter {@code (not users/any()) or (not users/any(u: u/groupUserAccessRight eq
 * Microsoft.PowerBI.ServiceContracts.Api.GroupUserAccessRight'Admin'))}.
 *
 * <p>Supported: {@code eq ne gt ge lt le and or not}, parentheses, string literals with {@code ''}
 * escapes, numbers, {@code true false null}, GUIDs, date-times, enum literals {@code
 * Namespace.Type'Value'}, {@code any}/{@code all} lambdas on collections, and the functions
 * contains, startswith, endswith, tolower, toupper, length, indexof, substring, trim, concat.
 * Anything else is an {@link ODataException} (400) with a message that says what is not supported.
 * Thread-safe and reusable.
 */
public final class Filter {
  private final Node root;
  private final Binder.Eval eval;

  private Filter(Node root, Binder.Eval eval) {
    this.root = root;
    this.eval = eval;
  }

  /** Parses {@code text} and checks it against {@code schema}; throws {@link ODataException}. */
  public static Filter parse(String text, EntitySchema schema) {
    Node root = Parser.parse(text);
    return new Filter(root, Binder.bindPredicate(root, schema));
  }

  /** Whether the entity satisfies the filter; a null result (unknown) counts as no match. */
  public boolean test(ODataRecord entity) {
    return Boolean.TRUE.equals(eval.apply(new Binder.Frame(entity, java.util.Map.of())));
  }

  Node syntax() {
    return root;
  }

  /** Canonical text: fully parenthesized; parsing it gives the same filter. */
  @Override
  public String toString() {
    return root.toString();
  }
}
