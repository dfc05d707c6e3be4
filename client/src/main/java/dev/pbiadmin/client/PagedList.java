package dev.pbiadmin.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy list of service items: nothing is fetched until iteration starts, and each further page is
 * fetched only when iteration reaches it. Every iteration starts again from the first page. Paging
 * ({@code $top/$skip}, continuation tokens) stays hidden; {@link #streamByPage()} exposes the
 * pages.
 */
public final class PagedList<T> implements Iterable<T> {
  private final Function<String, Page<T>> fetch;

  /** {@code fetch} receives null for the first page, then each page's continuation token. */
  public PagedList(Function<String, Page<T>> fetch) {
    this.fetch = fetch;
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pageIterator(null);
    return new Iterator<>() {
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pages.hasNext()) {
          current = pages.next().items().iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** All items, lazily. */
  public Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  @Override
  public Spliterator<T> spliterator() {
    return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
  }

  /** The pages, lazily, from the first. */
  public Stream<Page<T>> streamByPage() {
    return streamByPage(null);
  }

  /** The pages starting at a continuation token saved from an earlier page (to resume a run). */
  public Stream<Page<T>> streamByPage(String continuationToken) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pageIterator(continuationToken), Spliterator.ORDERED),
        false);
  }

  private Iterator<Page<T>> pageIterator(String start) {
    return new Iterator<>() {
      private String next = start;
      private boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public Page<T> next() {
        if (done) {
          throw new NoSuchElementException();
        }
        Page<T> page = fetch.apply(next);
        next = page.continuationToken();
        done = next == null;
        return page;
      }
    };
  }
}
