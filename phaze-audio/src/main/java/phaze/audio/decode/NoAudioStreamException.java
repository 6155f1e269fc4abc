package phaze.audio.decode;

import java.nio.file.Path;

/** The container opened fine but holds no audio stream (a video without sound, an image, a text file). */
public final class NoAudioStreamException extends AudioDecodeException {
    public NoAudioStreamException(Path file) {
        super(file, file + ": no audio stream in this file; it cannot be analysed or fingerprinted");
    }
}
