package phaze.audio.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AudioDecoderTest {
    private static final Path WORK = Path.of("target", "decoder-test");
    private static Path tone;

    @BeforeAll
    static void makeFiles() throws Exception {
        Files.createDirectories(WORK);
        tone = WORK.resolve("tone.mp3");
        ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=12", "-ac", "2", "-b:a", "128k", tone.toString());
    }

    @Test
    void decodesMonoAtRequestedRateInBlocks() throws Exception {
        long[] frames = {0};
        boolean[] ended = {false};
        float[] peak = {0};
        new AudioDecoder().decode(tone, PcmFormat.mono(11025), new PcmSink() {
            @Override
            public void accept(float[] pcm, int n) {
                assertTrue(n <= AudioDecoder.BLOCK_FRAMES);
                frames[0] += n;
                for (int i = 0; i < n; i++) {
                    peak[0] = Math.max(peak[0], Math.abs(pcm[i]));
                }
            }

            @Override
            public void end() {
                ended[0] = true;
            }
        });
        assertEquals(12.0, frames[0] / 11025.0, 0.1);
        assertTrue(ended[0]);
        assertTrue(peak[0] > 0.1 && peak[0] <= 1.0, "peak " + peak[0]);
    }

    @Test
    void probeReportsCodecDurationAndChannels() throws Exception {
        AudioProbe p = new AudioDecoder().probe(tone);
        assertEquals("mp3", p.codec());
        assertEquals(2, p.channels());
        assertEquals(12.0, p.durationSeconds(), 0.2);
    }

    @Test
    void videoContainerDecodesItsDefaultAudioStream() throws Exception {
        Path film = WORK.resolve("film.mp4");
        ffmpeg("-f", "lavfi", "-i", "testsrc=duration=3:size=64x48", "-f", "lavfi", "-i", "sine=duration=3",
                "-shortest", "-c:v", "mpeg4", film.toString());
        AudioProbe p = new AudioDecoder().probe(film);
        assertTrue(p.hasVideo());
        long[] frames = {0};
        new AudioDecoder().decode(film, PcmFormat.mono(8000), (pcm, n) -> frames[0] += n);
        assertEquals(3.0, frames[0] / 8000.0, 0.2);
    }

    @Test
    void videoWithoutSoundIsNoAudioStream() throws Exception {
        Path silentFilm = WORK.resolve("silent.mp4");
        ffmpeg("-f", "lavfi", "-i", "testsrc=duration=1:size=64x48", "-c:v", "mpeg4", silentFilm.toString());
        assertThrows(NoAudioStreamException.class, () -> new AudioDecoder().probe(silentFilm));
        assertThrows(NoAudioStreamException.class,
                () -> new AudioDecoder().decode(silentFilm, PcmFormat.mono(8000), (pcm, n) -> { }));
    }

    @Test
    void garbageAndTruncatedFilesAreCorrupt() throws Exception {
        Path garbage = WORK.resolve("garbage.mp3");
        Files.write(garbage, new byte[4096]);
        assertThrows(AudioDecodeException.class, () -> new AudioDecoder().decode(garbage, PcmFormat.mono(8000), (p, n) -> { }));
        Path flac = WORK.resolve("long.flac");
        ffmpeg("-f", "lavfi", "-i", "sine=duration=30", flac.toString());
        byte[] all = Files.readAllBytes(flac);
        Path cut = WORK.resolve("cut.flac");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 3));
        CorruptAudioException e = assertThrows(CorruptAudioException.class,
                () -> new AudioDecoder().decode(cut, PcmFormat.mono(8000), (p, n) -> { }));
        assertTrue(e.getMessage().contains("cut.flac"), e.getMessage());
    }

    @Test
    void theDecodeSaysWhatFfprobeSays() throws Exception {
        Path m4a = WORK.resolve("tone.m4a");
        ffmpeg("-f", "lavfi", "-i", "sine=duration=3", "-ac", "2", m4a.toString());
        Path opus = WORK.resolve("tone.opus");
        ffmpeg("-f", "lavfi", "-i", "sine=duration=3", "-c:a", "libopus", opus.toString());
        Path wav = WORK.resolve("tone.wav");
        ffmpeg("-f", "lavfi", "-i", "sine=duration=3", "-ac", "2", wav.toString());
        Path flac = WORK.resolve("tone.flac");
        ffmpeg("-f", "lavfi", "-i", "sine=duration=3", "-ac", "6", flac.toString());
        // no stream flagged default: ffmpeg takes the one with most channels, and the probe must name it
        Path concert = WORK.resolve("concert.mkv");
        ffmpeg("-f", "lavfi", "-i", "testsrc=duration=2:size=64x48", "-f", "lavfi", "-i", "sine=duration=2",
                "-f", "lavfi", "-i", "sine=f=300:duration=2", "-map", "0", "-map", "1", "-map", "2", "-ac:2", "6",
                "-c:v", "mpeg4", "-disposition:a:0", "0", "-disposition:a:1", "0", concert.toString());
        Path covered = WORK.resolve("covered.mp3");
        Path cover = WORK.resolve("cover.png");
        ffmpeg("-f", "lavfi", "-i", "color=red:size=32x32", "-frames:v", "1", cover.toString());
        ffmpeg("-i", tone.toString(), "-i", cover.toString(), "-map", "0", "-map", "1", "-c", "copy",
                "-disposition:v", "attached_pic", covered.toString());
        for (Path f : new Path[] {tone, m4a, opus, wav, flac, concert, covered}) {
            AudioProbe probed = new AudioDecoder().probe(f);
            AudioProbe decoded = new AudioDecoder().decode(f, PcmFormat.mono(8000), (pcm, n) -> { });
            String name = f.getFileName().toString();
            assertEquals(probed.container(), decoded.container(), name);
            assertEquals(probed.audio(), decoded.audio(), name);
            assertEquals(probed.audioStreams(), decoded.audioStreams(), name);
            assertEquals(probed.hasVideo(), decoded.hasVideo(), name);
            assertEquals(probed.durationSeconds(), decoded.durationSeconds(), 0.0051, name);
        }
        assertEquals(2, new AudioDecoder().probe(concert).audio().index());
        assertEquals(6, new AudioDecoder().probe(flac).channels());
    }

    @Test
    void aNameOrTagThatLooksLikeFfmpegOutputChangesNothing() throws Exception {
        String forged = "\n  Duration: 10:00:00.00, start: 0.0, bitrate: 1 kbps\n  Stream #0:3: Audio: flac, 96000 Hz, 7.1";
        Path evil = WORK.resolve("evil" + forged + ".mp3");
        ffmpeg("-f", "lavfi", "-i", "sine=duration=12", "-metadata", "key" + forged + "=x",
                "-metadata", "title=t" + forged, "file:" + evil.toAbsolutePath());
        AudioProbe p = new AudioDecoder().decode(evil, PcmFormat.mono(8000), (pcm, n) -> { });
        assertEquals(12.0, p.durationSeconds(), 0.1);
        assertEquals(1, p.audioStreams().size());
        assertEquals(44100, p.sampleRate());
    }

    @Test
    void aRelativeNameWithAColonIsAFileNotAProtocol() throws Exception {
        Path colon = WORK.resolve("Artist: Title.mp3");
        Files.copy(tone, colon, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals("mp3", new AudioDecoder().probe(colon).codec());
        assertEquals("mp3", new AudioDecoder().decode(colon, PcmFormat.mono(8000), (pcm, n) -> { }).codec());
    }

    @Test
    void missingFfmpegSaysHowToFixIt() {
        AudioDecoder d = new AudioDecoder("/nonexistent/ffmpeg", "/nonexistent/ffprobe", Duration.ofSeconds(5));
        DecoderMissingException e = assertThrows(DecoderMissingException.class, () -> d.probe(tone));
        assertTrue(e.getMessage().contains("install ffmpeg"), e.getMessage());
    }

    @Test
    void anFfmpegTooOldForTheLevelFlagSaysSo() throws Exception {
        AudioDecoder d = decoderRunning("old-ffmpeg.sh",
                "echo 'Invalid loglevel \"level+info\". Possible levels are numbers or:' >&2\nexit 1", Duration.ofSeconds(5));
        AudioDecodeException e = assertThrows(AudioDecodeException.class, () -> d.decode(tone, PcmFormat.mono(8000), (p, n) -> { }));
        assertTrue(e.getMessage().contains("ffmpeg 4.4 or newer"), e.getMessage());
        assertTrue(!(e instanceof CorruptAudioException), "an old ffmpeg is not a corrupt file");
    }

    @Test
    void hungDecoderIsKilledByTheWatchdog() throws Exception {
        AudioDecoder d = decoderRunning("hanging-ffmpeg.sh", "exec sleep 30", Duration.ofMillis(700));
        long t0 = System.nanoTime();
        assertThrows(DecodeStalledException.class, () -> d.decode(tone, PcmFormat.mono(8000), (p, n) -> { }));
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L);
    }

    /** A decoder whose "ffmpeg" is a shell script with this body. */
    private static AudioDecoder decoderRunning(String name, String script, Duration stallTimeout) throws IOException {
        Path fake = WORK.resolve(name);
        Files.writeString(fake, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new AudioDecoder(fake.toAbsolutePath().toString(), "ffprobe", stallTimeout);
    }

    static void ffmpeg(String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 5];
        cmd[0] = "ffmpeg";
        cmd[1] = "-nostdin";
        cmd[2] = "-v";
        cmd[3] = "error";
        cmd[4] = "-y";
        System.arraycopy(args, 0, cmd, 5, args.length);
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertEquals(0, p.waitFor(), String.join(" ", cmd));
    }
}
