package phaze.pipeline.control;

import phaze.platform.RequestRefusedException;

/** Reads a stage name from a request: unknown names are refused (422) with the list of valid ones. */
public final class StageNames {

    private StageNames() {
    }

    public static Stage known(String name) {
        return Stage.byWireName(name).orElseThrow(() -> RequestRefusedException.invalid("unknown stage '" + name
                + "'; stages are " + java.util.Arrays.stream(Stage.values()).map(Stage::wireName).toList()));
    }

    public static Stage controllable(String name) {
        Stage stage = known(name);
        if (!stage.controllable()) {
            throw RequestRefusedException.invalid("stage '" + name + "' cannot be paused or reprioritized; "
                    + "only tags, analyze and fingerprint can");
        }
        return stage;
    }
}
