package phaze.protocol.agent;

/**
 * The text of a small companion file beside a media file ({@code .cue}, {@code .nfo}, {@code .m3u},
 * {@code .txt}), read by the agent with the tags so the controller's proposal engines can use it.
 */
public record CompanionNote(String fileName, String text) {
    /** Longest companion text sent, in characters; longer ones are cut there. */
    public static final int MAX_CHARS = 16_000;
}
