package phaze.audio.index;

/** An indexed recording: its id in postings, the path exactly as it was given to the index, its length. */
public record Reference(int id, String path, double seconds) {
}
