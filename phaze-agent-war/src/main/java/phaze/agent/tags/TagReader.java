package phaze.agent.tags;

import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.AudioHeader;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.TagField;
import org.jaudiotagger.tag.TagTextField;
import phaze.protocol.FileKind;
import phaze.protocol.agent.FileTags;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads tags and stream facts: jaudiotagger for audio formats it knows, ffprobe for video
 * containers and for whatever jaudiotagger cannot read. A file neither can read is a clear error.
 */
public final class TagReader {

    /** The file's tags cannot be read by any reader; the message says why. */
    public static final class UnreadableTags extends Exception {
        public UnreadableTags(String message) {
            super(message);
        }
    }

    static {
        // jaudiotagger reports every odd frame at INFO/WARNING; Phaze reports failures itself.
        Logger.getLogger("org.jaudiotagger").setLevel(Level.SEVERE);
    }

    private final FfprobeTags ffprobe;

    public TagReader(FfprobeTags ffprobe) {
        this.ffprobe = ffprobe;
    }

    public FileTags read(Path file) throws UnreadableTags {
        boolean video = FileKind.of(file.getFileName().toString()).map(k -> k == FileKind.VIDEO).orElse(false);
        if (!video) {
            try {
                return withJaudiotagger(file);
            } catch (Exception | LinkageError e) {
                // Unknown to jaudiotagger (opus, aac in ADTS, …) or damaged: ffprobe decides.
                return ffprobe.read(file, "jaudiotagger: " + describe(e));
            }
        }
        return ffprobe.read(file, null);
    }

    private static FileTags withJaudiotagger(Path path) throws Exception {
        AudioFile audio = AudioFileIO.read(path.toFile());
        AudioHeader header = audio.getAudioHeader();
        Tag tag = audio.getTag();
        Map<String, String> raw = new LinkedHashMap<>();
        if (tag != null) {
            for (Iterator<TagField> fields = tag.getFields(); fields.hasNext(); ) {
                TagField field = fields.next();
                if (!field.isBinary()) {
                    String value = field instanceof TagTextField text ? text.getContent() : field.toString();
                    raw.merge(field.getId(), clean(value), (a, b) -> a + "; " + b);
                }
            }
        }
        return new FileTags(first(tag, FieldKey.ARTIST), first(tag, FieldKey.TITLE), first(tag, FieldKey.ALBUM),
                first(tag, FieldKey.ALBUM_ARTIST), first(tag, FieldKey.YEAR), first(tag, FieldKey.GENRE),
                first(tag, FieldKey.TRACK), first(tag, FieldKey.DISC_NO),
                header == null ? null : header.getPreciseTrackLength(),
                header == null ? null : (int) header.getBitRateAsNumber(),
                header == null ? null : header.getSampleRateAsNumber(),
                header == null ? null : channels(header.getChannels()),
                header == null ? null : header.getEncodingType(), "jaudiotagger", raw, null);
    }

    private static String first(Tag tag, FieldKey key) {
        if (tag == null) {
            return null;
        }
        try {
            String value = clean(tag.getFirst(key));
            return value == null || value.isEmpty() ? null : value;
        } catch (RuntimeException unsupportedForThisFormat) {
            return null;
        }
    }

    private static Integer channels(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase();
        if (t.contains("stereo")) {
            return 2;
        }
        if (t.contains("mono")) {
            return 1;
        }
        try {
            return Integer.parseInt(t.replaceAll("[^0-9]", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Tag text without the NUL padding and edge blanks some writers leave in frames. */
    static String clean(String value) {
        return value == null ? null : value.replace("\0", "").strip();
    }

    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
