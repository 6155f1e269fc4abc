package phaze.audio.decode;

/** The ffmpeg or ffprobe executable is not installed or not on the PATH; nothing can be decoded. */
public final class DecoderMissingException extends AudioDecodeException {
    public DecoderMissingException(String executable, Throwable cause) {
        super(null, "cannot run '" + executable + "': install ffmpeg (e.g. apt-get install ffmpeg)"
                + " or set PHAZE_FFMPEG / PHAZE_FFPROBE to its location", cause);
    }
}
