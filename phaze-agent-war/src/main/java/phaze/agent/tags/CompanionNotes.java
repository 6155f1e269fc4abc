package phaze.agent.tags;

import phaze.protocol.FileKind;
import phaze.protocol.agent.CompanionNote;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The texts of the small companion files beside a media file (cue sheets, .nfo notes, playlists, .txt),
 * for the proposal engines: the ones named after the media file first, then the folder's general notes;
 * a note named after another media file of the folder belongs to that file and is left out (else one
 * set's "Main Stage" would be read into its neighbour's name). At most {@link #MAX_FILES}, each at most
 * {@link #MAX_BYTES}. UTF-8 (with or without BOM) when the bytes
 * are valid UTF-8, else Windows-1252, as scene .nfo files and old cue sheets are.
 */
public final class CompanionNotes {
    static final int MAX_FILES = 4;
    static final long MAX_BYTES = 64 * 1024;
    private static final Set<String> TEXT = Set.of("cue", "nfo", "m3u", "m3u8", "txt");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CompanionNotes() {
    }

    public static List<CompanionNote> read(Path media) {
        Path folder = media.getParent();
        if (folder == null) {
            return List.of();
        }
        String stem = stem(media.getFileName().toString());
        List<Path> candidates = new ArrayList<>();
        Set<String> otherMedia = new java.util.HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (TEXT.contains(extension(name)) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && Files.size(entry) <= MAX_BYTES) {
                    candidates.add(entry);
                } else if (isMedia(name) && !stem(name).equals(stem)) {
                    otherMedia.add(stem(name));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        candidates.removeIf(p -> otherMedia.contains(stem(p.getFileName().toString())));
        candidates.sort(Comparator.comparing((Path p) -> !stem(p.getFileName().toString()).equals(stem))
                .thenComparing(p -> p.getFileName().toString()));
        List<CompanionNote> notes = new ArrayList<>();
        for (Path p : candidates.subList(0, Math.min(MAX_FILES, candidates.size()))) {
            try {
                String text = decode(Files.readAllBytes(p)).replace("\0", "");
                if (text.length() > CompanionNote.MAX_CHARS) {
                    text = text.substring(0, CompanionNote.MAX_CHARS);
                }
                notes.add(new CompanionNote(Normalizer.normalize(p.getFileName().toString(), Normalizer.Form.NFC), text));
            } catch (IOException e) {
                // an unreadable note is simply not evidence
            }
        }
        return notes;
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean isMedia(String name) {
        return FileKind.of(name).filter(k -> k == FileKind.AUDIO || k == FileKind.VIDEO).isPresent();
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
