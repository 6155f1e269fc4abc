package phaze.audio.analysis.style;

/** Whether the optional ONNX Runtime jar is on the class path, asked without loading its native code. */
final class OnnxRuntimePresence {
    private OnnxRuntimePresence() {
    }

    static boolean onClassPath() {
        try {
            Class.forName("ai.onnxruntime.OrtEnvironment", false, StyleModels.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
