package phaze.execution.control;

/** One file of a plan item: the media file or a companion travelling with it. */
public record PlannedFile(long fileId, String from, String to, String sha256, long size) {
}
