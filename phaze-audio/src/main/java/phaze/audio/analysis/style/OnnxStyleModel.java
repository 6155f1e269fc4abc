package phaze.audio.analysis.style;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A style model run by ONNX Runtime. The only class that touches {@code ai.onnxruntime}: the runtime
 * is an optional dependency (93 MB of native libraries), and without it this class is never loaded.
 * The contract is checked once at load time, so a wrong model fails with a message instead of on
 * every file: one float input named {@value StyleFeatures#INPUT_NAME} of shape [N] or [1, N] (N =
 * {@link StyleFeatures#NAMES} size, batch dimension may be symbolic), first output a float tensor
 * with one value per label. Sessions live as long as the JVM: {@link StyleModels} loads them once.
 */
final class OnnxStyleModel implements StyleClassifier {
    private final String name;
    private final List<String> labels;
    private final OrtSession session;
    private final long[] inputShape;

    private OnnxStyleModel(String name, List<String> labels, OrtSession session, long[] inputShape) {
        this.name = name;
        this.labels = labels;
        this.session = session;
        this.inputShape = inputShape;
    }

    static OnnxStyleModel load(Path model, List<String> labels) throws StyleModelException {
        String name = model.getFileName().toString().replaceFirst("\\.onnx$", "");
        OrtSession session = null;
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                // one ingest runs per core already; a model must not take the other cores too
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                session = env.createSession(model.toString(), options);
            }
            long[] shape = inputShape(model, session);
            checkOutput(model, session, labels.size());
            return new OnnxStyleModel(name, labels, session, shape);
        } catch (OrtException e) {
            close(session);
            throw new StyleModelException(model + ": ONNX Runtime cannot load it: " + e.getMessage(), e);
        } catch (StyleModelException e) {
            close(session);
            throw e;
        }
    }

    private static long[] inputShape(Path model, OrtSession session) throws OrtException, StyleModelException {
        Map<String, NodeInfo> inputs = session.getInputInfo();
        NodeInfo in = inputs.get(StyleFeatures.INPUT_NAME);
        if (inputs.size() != 1 || in == null || !(in.getInfo() instanceof TensorInfo t)
                || t.type != ai.onnxruntime.OnnxJavaType.FLOAT) {
            throw new StyleModelException(model + ": needs exactly one float input named '" + StyleFeatures.INPUT_NAME
                    + "' (" + StyleFeatures.NAMES.size() + " values: " + String.join(",", StyleFeatures.NAMES)
                    + "), has " + inputs.keySet());
        }
        long[] shape = t.getShape();
        int n = StyleFeatures.NAMES.size();
        boolean vector = shape.length == 1 && (shape[0] == n || shape[0] < 0);
        boolean batch = shape.length == 2 && shape[0] <= 1 && (shape[1] == n || shape[1] < 0);
        if (!vector && !batch) {
            throw new StyleModelException(model + ": input '" + StyleFeatures.INPUT_NAME + "' must have shape [" + n
                    + "] or [1, " + n + "], has " + java.util.Arrays.toString(shape));
        }
        return shape.length == 1 ? new long[] {n} : new long[] {1, n};
    }

    private static void checkOutput(Path model, OrtSession session, int labels) throws OrtException, StyleModelException {
        NodeInfo out = session.getOutputInfo().values().iterator().next();
        long[] shape = out.getInfo() instanceof TensorInfo t ? t.getShape() : new long[0];
        long last = shape.length == 0 ? -2 : shape[shape.length - 1];
        if (last >= 0 && last != labels) {
            throw new StyleModelException(model + ": the model outputs " + last + " scores but its .labels file names "
                    + labels + " labels");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<StyleScore> classify(float[] features) throws StyleModelException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(features), inputShape);
             OrtSession.Result result = session.run(Map.of(StyleFeatures.INPUT_NAME, in))) {
            if (!(result.get(0) instanceof OnnxTensor out) || out.getInfo().type != ai.onnxruntime.OnnxJavaType.FLOAT) {
                throw new StyleModelException(name + ": first output is not a float tensor");
            }
            FloatBuffer scores = out.getFloatBuffer();
            if (scores.remaining() != labels.size()) {
                throw new StyleModelException(name + ": output has " + scores.remaining() + " values for "
                        + labels.size() + " labels");
            }
            List<StyleScore> r = new ArrayList<>(labels.size());
            for (String label : labels) {
                r.add(new StyleScore(name, label, scores.get()));
            }
            return r;
        } catch (OrtException e) {
            throw new StyleModelException(name + ": ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    private static void close(OrtSession s) {
        if (s == null) {
            return;
        }
        try {
            s.close();
        } catch (OrtException e) {
            // closing frees native memory; nothing a caller could do about a failure here
        }
    }
}
