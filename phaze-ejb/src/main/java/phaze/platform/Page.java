package phaze.platform;

import java.util.List;

/** One page of a longer list: {@code page} counts from 0, {@code total} is the whole list's size. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
