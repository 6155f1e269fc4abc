package phaze.proposal.llm;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import phaze.path.PathLegalizer;
import phaze.path.PathValidator;
import phaze.proposal.control.AudioAnalysis;
import phaze.proposal.control.CompanionText;
import phaze.proposal.control.NamingLayout;
import phaze.proposal.control.ProposalDraft;
import phaze.proposal.control.ProposalEvidence;
import phaze.proposal.control.RecordingKind;
import phaze.proposal.llm.FakeOpenAiServer.Reply;

/** The engine against a real HTTP server on loopback, through langchain4j's real OpenAiChatModel. */
class LlmProposalEngineTest {

    private static final PathValidator VALIDATOR = new PathValidator();

    private FakeOpenAiServer server;
    private final FakeTime time = new FakeTime();

    @BeforeEach
    void start() throws IOException {
        server = new FakeOpenAiServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void namesARealisticBatchFromOneRequest() {
        server.then(Reply.completion("good-batch.json"));

        LlmRun run = engine(settings(server.baseUrl(), 20)).propose(List.of(festivalSet(), radioRip(), albumTrack()));

        Map<String, LlmOutcome> outcomes = run.byKey();
        ProposalDraft festival = outcomes.get("101").draft();
        ProposalDraft radio = outcomes.get("102").draft();
        ProposalDraft track = outcomes.get("103").draft();
        assertAll(
                () -> assertEquals("performances/festivals/Ultra Music Festival Miami 2019/"
                        + "Martin Garrix - Live @ Ultra Music Festival Miami Main Stage 2019.03.29.mp3", festival.relativePath()),
                () -> assertEquals(RecordingKind.FESTIVAL_SET, festival.kind()),
                () -> assertEquals(0.86, festival.confidence(), 1e-9),
                () -> assertTrue(festival.reasoning().startsWith("Proposed by the LLM (openai gpt-test): Artist, festival"),
                        festival.reasoning()),
                // ':' is reserved on SMB: the legalizer repairs it and says so; the extension is added back.
                () -> assertEquals("performances/radioshows/Essential Mix", radio.folder()),
                () -> assertTrue(radio.fileName().startsWith("Pete Tong - Live @ Essential Mix"), radio.fileName()),
                () -> assertTrue(radio.fileName().endsWith(" BBC Radio 1 2019.05.04.mp3"), radio.fileName()),
                () -> assertTrue(!radio.fileName().contains(":"), radio.fileName()),
                () -> assertTrue(radio.reasoning().contains("Adjusted to be a legal path"), radio.reasoning()),
                () -> assertEquals(RecordingKind.RADIO_SHOW, radio.kind()),
                () -> assertEquals("music/Bicep/Isles/Bicep - 01 - Atlas.flac", track.relativePath()),
                () -> assertEquals(RecordingKind.ALBUM_TRACK, track.kind()),
                () -> assertTrue(track.bulkApprovable()),
                () -> assertEquals(1, run.requests()),
                () -> assertEquals(0, run.retries()),
                () -> assertEquals(1480, run.inputTokens()),
                () -> assertEquals(236, run.outputTokens()),
                () -> assertEquals(List.of("101", "102", "103"), run.outcomes().stream().map(LlmOutcome::key).toList()));
        assertAllLegal(run);
    }

    @Test
    void theRequestCarriesTheEvidenceTheLayoutAndTheKey() {
        server.then(Reply.completion("good-batch.json"));

        engine(settings(server.baseUrl(), 20)).propose(List.of(festivalSet(), radioRip(), albumTrack()));

        assertEquals(1, server.seen().size());
        FakeOpenAiServer.Seen request = server.seen().get(0);
        String body = request.body();
        assertAll(
                () -> assertEquals("POST", request.method()),
                () -> assertEquals("/v1/chat/completions", request.path()),
                () -> assertEquals("Bearer test-key", request.authorization()),
                () -> assertTrue(body.matches("(?s).*\"model\"\\s*:\\s*\"gpt-test\".*"), body),
                () -> assertTrue(body.contains("json_object"), "JSON mode is asked for: " + body),
                () -> assertTrue(body.contains("Martin_Garrix__-_Live_@_Ultra_Music_Festival_Miami_2019-03-29-WEB-2019-TALiON.mp3"), body),
                () -> assertTrue(body.contains("pete_tong-essential_mix-(BBC_Radio1)-SAT-05-04-2019-TALiON.mp3"), body),
                () -> assertTrue(body.contains("PERFORMER") && body.contains("Martin Garrix"), "the CUE excerpt is sent"),
                () -> assertTrue(body.contains("128.0") && body.contains("8A"), "bpm and key are sent"),
                () -> assertTrue(body.contains("1h 00m 12s"), "the duration is sent"),
                () -> assertTrue(body.contains("Isles"), "tags are sent"),
                () -> assertTrue(body.contains("performances/festivals/{festival}[ {year}]"), "the layout is described"),
                () -> assertTrue(!body.contains("TRACK 40"), "long companions are cut"));
    }

    @Test
    void aMalformedAnswerFailsItsBatchOnlyAndTheRunContinues() {
        server.then(Reply.completion("malformed.json")).then(Reply.completion("after-malformed.json"));
        List<LlmRequest> files = List.of(file("201", "in/track01.mp3"), file("202", "in/track02.mp3"),
                file("203", "Awakenings 2022/charlotte_de_witte_awakenings_25-06-2022.mp3"), file("204", "in/untitled.mp3"));

        LlmRun run = engine(settings(server.baseUrl(), 2)).propose(files);

        Map<String, LlmOutcome> outcomes = run.byKey();
        assertAll(
                () -> assertTrue(outcomes.get("201").error().startsWith("the model's answer is not valid JSON"),
                        outcomes.get("201").error()),
                () -> assertEquals(outcomes.get("201").error(), outcomes.get("202").error()),
                () -> assertNull(outcomes.get("201").draft()),
                () -> assertEquals("performances/artists/Charlotte de Witte/Charlotte de Witte - Live @ Awakenings 2022.06.25.mp3",
                        outcomes.get("203").draft().relativePath()),
                // Rename in place: "" is the root, and the answer said UNKNOWN.
                () -> assertEquals("Unknown Artist - Untitled.mp3", outcomes.get("204").draft().relativePath()),
                () -> assertEquals(RecordingKind.UNKNOWN, outcomes.get("204").draft().kind()),
                () -> assertEquals(2, run.requests()),
                () -> assertEquals(2, server.seen().size()),
                () -> assertEquals(610 + 590, run.inputTokens()),
                () -> assertEquals(48 + 120, run.outputTokens()));
        assertAllLegal(run);
    }

    @Test
    void aPathOutsideTheLibraryIsRefusedNotRepaired() {
        server.then(Reply.completion("traversal.json"));
        List<LlmRequest> files = List.of(file("301", "a/one.mp3"), file("302", "a/two.mp3"), file("303", "a/three.mp3"),
                file("304", "a/four.mp3"), file("305", "a/carl_cox_space_23-08-2011.mp3"));

        Map<String, LlmOutcome> outcomes = engine(settings(server.baseUrl(), 20)).propose(files).byKey();

        assertAll(
                () -> assertEquals("the model proposed a path outside the library: ../../etc/passwd.mp3 "
                        + "(parent folder reference '..')", outcomes.get("301").error()),
                () -> assertEquals("the model proposed a path outside the library: "
                        + "/abs/path/Carl Cox - Live @ Space Ibiza 2011.08.23.mp3 (absolute path)", outcomes.get("302").error()),
                () -> assertTrue(outcomes.get("303").error().startsWith(
                        "the model proposed a path outside the library: music\\..\\..\\secret/Track.mp3"),
                        outcomes.get("303").error()),
                () -> assertTrue(outcomes.get("304").error().startsWith("the model proposed a path outside the library"),
                        String.valueOf(outcomes.get("304").error())),
                () -> assertEquals("performances/artists/Carl Cox/Carl Cox - Live @ Space Ibiza 2011.08.23.mp3",
                        outcomes.get("305").draft().relativePath()));
    }

    @Test
    void missingDuplicateIncompleteAndUnknownItemsFailOnlyTheirFiles() {
        server.then(Reply.completion("missing-file.json"));
        List<LlmRequest> files = List.of(file("401", "isles/02.flac"), file("402", "isles/03.flac"),
                file("403", "isles/04.flac"), file("404", "isles/05.flac"));

        LlmRun run = engine(settings(server.baseUrl(), 20)).propose(files);

        Map<String, LlmOutcome> outcomes = run.byKey();
        assertAll(
                () -> assertEquals("music/Bicep/Isles/Bicep - 02 - Apricots.flac", outcomes.get("401").draft().relativePath()),
                () -> assertEquals("the model answered 2 times for this file; none of its answers is used",
                        outcomes.get("402").error()),
                () -> assertEquals("the model's answer left this file out", outcomes.get("403").error()),
                () -> assertEquals("the model's answer for this file is incomplete: fileName must not be blank",
                        outcomes.get("404").error()),
                () -> assertEquals(4, run.outcomes().size(), "the hallucinated key 999 is not an outcome"),
                () -> assertEquals(1, run.succeeded()));
    }

    @Test
    void confidenceIsClampedAndTheReviewerIsTold() {
        server.then(Reply.completion("confidence-out-of-range.json"));
        List<LlmRequest> files = List.of(file("501", "tml/beyer_cirez_d_tml23.mp3"),
                file("502", "gd/gd1969-01-25.sbd.kaplan.7923.sbeok.flac24.flac"));

        Map<String, LlmOutcome> outcomes = engine(settings(server.baseUrl(), 20)).propose(files).byKey();

        ProposalDraft high = outcomes.get("501").draft();
        ProposalDraft low = outcomes.get("502").draft();
        assertAll(
                () -> assertEquals(1.0, high.confidence()),
                () -> assertTrue(high.reasoning().contains("confidence 7.5 was outside 0..1 and was clamped"), high.reasoning()),
                () -> assertEquals("performances/festivals/Tomorrowland 2023/"
                        + "Adam Beyer b2b Cirez D - Live @ Tomorrowland 2023.07.xx.mp3", high.relativePath()),
                () -> assertEquals(0.0, low.confidence()),
                () -> assertEquals(RecordingKind.TAPER_RECORDING, low.kind()),
                () -> assertEquals("gd1969-01-25.sbd.kaplan.7923.sbeok.flac24.flac", low.fileName()));
    }

    @Test
    void http429WithRetryAfterIsHonouredThenTheBatchSucceeds() {
        server.then(Reply.rateLimited("7")).then(Reply.completion("good-batch.json"));

        LlmRun run = engine(settings(server.baseUrl(), 20)).propose(List.of(festivalSet(), radioRip(), albumTrack()));

        assertAll(
                () -> assertEquals(3, run.succeeded()),
                () -> assertEquals(2, run.requests()),
                () -> assertEquals(1, run.retries()),
                () -> assertEquals(2, server.seen().size()),
                () -> assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps(), "waited what Retry-After said"),
                () -> assertEquals(Duration.ofSeconds(7), run.elapsed()),
                () -> assertEquals(1480, run.inputTokens(), "the refused request used no tokens"));
    }

    @Test
    void http429ForeverBacksOffABoundedNumberOfTimesThenFailsTheBatch() {
        server.always(Reply.rateLimited(null));

        LlmRun run = engine(settings(server.baseUrl(), 20)).propose(List.of(festivalSet(), albumTrack()));

        assertAll(
                () -> assertEquals(0, run.succeeded()),
                () -> assertEquals(4, run.requests()),
                () -> assertEquals(3, run.retries()),
                () -> assertEquals(4, server.seen().size()),
                () -> assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), time.sleeps(),
                        "no Retry-After: doubling back-off"),
                () -> assertEquals("the LLM provider still refused with HTTP 429 (rate limited) after 3 retries; "
                        + "try again later or lower PHAZE_LLM_REQUESTS_PER_MINUTE", run.byKey().get("101").error()));
    }

    @Test
    void aRetryAfterLongerThanPhazeWaitsFailsAtOnce() {
        server.always(Reply.rateLimited("3600"));

        LlmRun run = engine(settings(server.baseUrl(), 20)).propose(List.of(albumTrack()));

        assertAll(
                () -> assertEquals(1, run.requests()),
                () -> assertEquals(List.of(), time.sleeps()),
                () -> assertTrue(run.byKey().get("103").error().contains("asked to wait 3600 s"), run.byKey().get("103").error()));
    }

    @Test
    void aServerErrorFailsItsBatchAndTheNextBatchStillRuns() {
        server.then(Reply.serverError()).then(Reply.completion("after-malformed.json"));
        List<LlmRequest> files = List.of(file("201", "in/track01.mp3"), file("202", "in/track02.mp3"),
                file("203", "in/cdw.mp3"), file("204", "in/untitled.mp3"));

        LlmRun run = engine(settings(server.baseUrl(), 2)).propose(files);

        Map<String, LlmOutcome> outcomes = run.byKey();
        assertAll(
                () -> assertTrue(outcomes.get("201").error().startsWith("the LLM provider answered HTTP 500: "),
                        outcomes.get("201").error()),
                () -> assertTrue(outcomes.get("202").error().contains("The server had an error"), outcomes.get("202").error()),
                () -> assertTrue(outcomes.get("203").succeeded()),
                () -> assertTrue(outcomes.get("204").succeeded()),
                () -> assertEquals(0, run.retries(), "a 500 is not retried"),
                () -> assertEquals(2, run.requests()));
    }

    @Test
    void anUnreachableServerFailsEveryFileWithAClearMessage() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/v1";

        LlmRun run = engine(settings(url, 2)).propose(List.of(festivalSet(), radioRip(), albumTrack()));

        assertAll(
                () -> assertEquals(0, run.succeeded()),
                () -> assertEquals(2, run.requests(), "each batch tried once"),
                () -> assertEquals("could not connect to the LLM at " + url + " (connection refused or unreachable)",
                        run.byKey().get("103").error()));
    }

    @Test
    void requestsAreSpacedByTheRateLimit() {
        server.always(Reply.completion("after-malformed.json"));
        List<LlmRequest> files = List.of(file("203", "a.mp3"), file("204", "b.mp3"), file("205", "c.mp3"));

        LlmRun run = engine(settings(server.baseUrl(), 1).withRequestsPerMinute(30)).propose(files);

        assertAll(
                () -> assertEquals(3, run.requests()),
                () -> assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), time.sleeps(),
                        "30 per minute: one every 2 s"),
                () -> assertEquals("the model's answer left this file out", run.byKey().get("205").error()));
    }

    @Test
    void keysMustBeUnique() {
        LlmProposalEngine engine = engine(settings(server.baseUrl(), 20));
        List<LlmRequest> files = List.of(file("1", "a.mp3"), file("1", "b.mp3"));

        assertThrows(IllegalArgumentException.class, () -> engine.propose(files));
        assertEquals(0, server.seen().size());
    }

    private LlmProposalEngine engine(LlmSettings settings) {
        ChatModel model = LlmChatModels.create(settings);
        return new LlmProposalEngine(settings, model, NamingLayout.defaults(), new PathLegalizer(), time.pacing(3),
                NamingCheck.available());
    }

    private static LlmSettings settings(String baseUrl, int batchSize) {
        return new LlmSettings(LlmProvider.OPENAI, baseUrl, "test-key", "gpt-test", 600, batchSize,
                Duration.ofSeconds(10), 4096);
    }

    private static void assertAllLegal(LlmRun run) {
        for (LlmOutcome outcome : run.outcomes()) {
            if (outcome.succeeded()) {
                assertEquals(List.of(), VALIDATOR.check(outcome.draft().relativePath()), outcome.draft().relativePath());
            }
        }
    }

    private static LlmRequest file(String key, String path) {
        return new LlmRequest(key, ProposalEvidence.of(path));
    }

    private static LlmRequest festivalSet() {
        StringBuilder cue = new StringBuilder("PERFORMER \"Martin Garrix\"\nTITLE \"Ultra Music Festival Miami 2019\"\n"
                + "REM DATE 2019-03-29\nFILE \"set.mp3\" MP3\n");
        for (int track = 1; track <= 40; track++) {
            cue.append(String.format("  TRACK %02d AUDIO%n    PERFORMER \"Martin Garrix\"%n    TITLE \"ID %d\"%n", track, track));
        }
        return new LlmRequest("101", ProposalEvidence
                .of("incoming/Martin_Garrix__-_Live_@_Ultra_Music_Festival_Miami_2019-03-29-WEB-2019-TALiON.mp3")
                .withDuration(3612)
                .withAnalysis(new AudioAnalysis(128.04, "8A"))
                .withCompanions(List.of(new CompanionText("Martin Garrix - UMF 2019.cue", cue.toString()))));
    }

    private static LlmRequest radioRip() {
        return new LlmRequest("102", ProposalEvidence
                .of("rips/pete_tong-essential_mix-(BBC_Radio1)-SAT-05-04-2019-TALiON.mp3")
                .withDuration(7190));
    }

    private static LlmRequest albumTrack() {
        return new LlmRequest("103", ProposalEvidence.of("new/01-bicep-atlas.flac")
                .withTags(Map.of("artist", "Bicep", "album", "Isles", "tracknumber", "1/10", "title", "Atlas"))
                .withDuration(291));
    }
}
