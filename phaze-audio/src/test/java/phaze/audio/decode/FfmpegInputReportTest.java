package phaze.audio.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parsing rules on lines as FFmpeg 5.1 prints them; {@link AudioDecoderTest} runs the real ffmpeg. */
class FfmpegInputReportTest {
    private static final Path FILE = Path.of("x");

    @Test
    void readsContainerDurationAndTheMappedStream() throws Exception {
        AudioProbe p = FfmpegInputReport.read(FILE, List.of(
                "Input #0, matroska,webm, from 'concert, live.mkv':",
                "  Metadata:",
                "  Duration: 01:02:03.45, start: 0.000000, bitrate: 162 kb/s",
                "  Stream #0:0: Video: mpeg4 (Simple Profile), yuv420p(tv, progressive), 64x48, 25 fps",
                "  Stream #0:1(eng): Audio: vorbis, 44100 Hz, mono, fltp",
                "  Stream #0:2[0x3](und): Audio: aac (LC) (mp4a / 0x6134706D), 48000 Hz, 5.1(side), fltp (default)",
                "Stream mapping:",
                "  Stream #0:2 -> #0:0 (aac (native) -> pcm_f32le (native))",
                "Output #0, f32le, to 'pipe:1':")).orElseThrow();
        assertEquals("matroska,webm", p.container());
        assertEquals(3723.45, p.durationSeconds(), 1e-9);
        assertEquals(2, p.audio().index());
        assertEquals("aac", p.codec());
        assertEquals(48000, p.sampleRate());
        assertEquals(6, p.channels());
        assertTrue(p.audio().isDefault());
        assertEquals(2, p.audioStreams().size());
        assertTrue(p.hasVideo());
    }

    @Test
    void coverArtIsNoFilmAndUnknownDurationIsNaN() throws Exception {
        AudioProbe p = FfmpegInputReport.read(FILE, List.of(
                "Input #0, mp3, from 'a.mp3':",
                "  Duration: N/A, start: 0.025057, bitrate: N/A",
                "  Stream #0:0: Audio: mp3, 44100 Hz, stereo, fltp, 320 kb/s",
                "  Stream #0:1: Video: mjpeg (Baseline), yuvj420p(pc), 500x500, 90k tbn (attached pic)",
                "Stream mapping:",
                "  Stream #0:0 -> #0:0 (mp3 (mp3float) -> pcm_f32le (native))")).orElseThrow();
        assertFalse(p.hasVideo());
        assertTrue(Double.isNaN(p.durationSeconds()));
        assertEquals(2, p.channels());
    }

    @Test
    void linesAtTagIndentationAreNotStreams() throws Exception {
        // tag lines are indented 4 or more: a key that looks like a stream must not add one
        AudioProbe p = FfmpegInputReport.read(FILE, List.of(
                "Input #0, ogg, from 'a.ogg':",
                "    Stream #0:7: Audio: flac, 96000 Hz, 7.1",
                "  Duration: 00:00:12.00, start: 0.000000, bitrate: 149 kb/s",
                "  Stream #0:0: Audio: vorbis, 44100 Hz, stereo, fltp, 160 kb/s",
                "      Duration: 10:00:00.00",
                "Stream mapping:",
                "  Stream #0:0 -> #0:0 (vorbis (native) -> pcm_f32le (native))")).orElseThrow();
        assertEquals(1, p.audioStreams().size());
        assertEquals(12.0, p.durationSeconds(), 1e-9);
    }

    @Test
    void theOutputDescriptionIsNotTheInput() throws Exception {
        AudioProbe p = FfmpegInputReport.read(FILE, List.of(
                "Input #0, wav, from 'a.wav':",
                "  Duration: 00:00:02.00, bitrate: 1411 kb/s",
                "  Stream #0:0: Audio: pcm_s16le ([1][0][0][0] / 0x0001), 44100 Hz, 2 channels, s16, 1411 kb/s",
                "Stream mapping:",
                "  Stream #0:0 -> #0:0 (pcm_s16le (native) -> pcm_f32le (native))",
                "Output #0, f32le, to 'pipe:1':",
                "  Duration: 09:00:00.00",
                "  Stream #0:0: Audio: pcm_f32le, 22050 Hz, stereo, flt, 1411 kb/s")).orElseThrow();
        assertEquals(2.0, p.durationSeconds(), 1e-9);
        assertEquals("pcm_s16le", p.codec());
        assertEquals(44100, p.sampleRate());
        assertEquals(2, p.channels());
        assertEquals(1, p.audioStreams().size());
    }

    @Test
    void aDescribedInputWithoutAudioIsNoAudioStream() {
        assertThrows(NoAudioStreamException.class, () -> FfmpegInputReport.read(FILE, List.of(
                "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 's.mp4':",
                "  Duration: 00:00:01.00, start: 0.000000, bitrate: 74 kb/s",
                "  Stream #0:0[0x1](und): Video: mpeg4 (Simple Profile) (mp4v / 0x7634706D), yuv420p, 64x48 (default)",
                "Output #0, f32le, to 'pipe:1':")));
    }

    @Test
    void noDescriptionIsNoAnswer() throws Exception {
        assertTrue(FfmpegInputReport.read(FILE, List.of()).isEmpty());
        assertTrue(FfmpegInputReport.read(FILE, List.of("Stream mapping:", "Output #0, f32le, to 'pipe:1':")).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"mono;1", "stereo;2", "downmix;2", "2.1;3", "3.0(back);3", "quad(side);4",
        "5.1(side);6", "7.1(wide-side);8", "hexadecagonal;16", "22.2;24", "3 channels;3", "FL+FR+LFE;3",
        "something new;0"})
    void channelLayouts(String layout, int channels) {
        assertEquals(channels, FfmpegInputReport.channels(layout));
    }

    @Test
    void withoutAMappingLineTheStreamIsFfmpegsChoice() throws Exception {
        AudioProbe p = FfmpegInputReport.read(FILE, List.of(
                "Input #0, matroska,webm, from 'a.mkv':",
                "  Stream #0:0: Audio: vorbis, 44100 Hz, mono, fltp",
                "  Stream #0:1: Audio: vorbis, 44100 Hz, 5.1, fltp",
                "  Stream #0:2: Audio: vorbis, 44100 Hz, 7.1, fltp")).orElseThrow();
        assertEquals(2, p.audio().index());
    }
}
