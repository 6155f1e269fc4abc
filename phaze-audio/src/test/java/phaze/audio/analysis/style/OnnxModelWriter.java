package phaze.audio.analysis.style;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a tiny real ONNX model by hand-encoding its protobuf (onnx.proto3 field numbers), so the
 * tests need neither Python nor the onnx package: a linear style classifier
 * {@code softmax(x · W + b)} with input {@value StyleFeatures#INPUT_NAME} [1, N] and output
 * {@code style} [1, labels]. Gemm and Softmax from opset 13, IR version 8.
 */
public final class OnnxModelWriter {
    private static final int FLOAT = 1;
    private static final int ATTRIBUTE_INT = 2;

    private OnnxModelWriter() {
    }

    /** @param weights [features][labels], row-major like Gemm's B */
    public static byte[] linearSoftmax(String inputName, float[][] weights, float[] bias) {
        int n = weights.length;
        int labels = bias.length;
        Proto graph = new Proto()
                .message(1, node("Gemm", new String[] {inputName, "W", "b"}, "logits", null))
                .message(1, node("Softmax", new String[] {"logits"}, "style", new Proto()
                        .string(1, "axis").varint(3, 1).varint(20, ATTRIBUTE_INT)))
                .string(2, "phaze-test-style")
                .message(5, tensor("W", new long[] {n, labels}, flatten(weights)))
                .message(5, tensor("b", new long[] {labels}, bias))
                .message(11, valueInfo(inputName, 1, n))
                .message(12, valueInfo("style", 1, labels));
        return new Proto()
                .varint(1, 8)
                .string(2, "phaze-test")
                .message(7, graph)
                .message(8, new Proto().string(1, "").varint(2, 13))
                .bytes();
    }

    private static Proto node(String op, String[] inputs, String output, Proto attribute) {
        Proto p = new Proto();
        for (String in : inputs) {
            p.string(1, in);
        }
        p.string(2, output).string(4, op);
        return attribute == null ? p : p.message(5, attribute);
    }

    private static Proto tensor(String name, long[] dims, float[] values) {
        Proto p = new Proto();
        for (long d : dims) {
            p.varint(1, d);
        }
        ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            raw.putFloat(v);
        }
        return p.varint(2, FLOAT).string(8, name).raw(9, raw.array());
    }

    private static Proto valueInfo(String name, long... dims) {
        Proto shape = new Proto();
        for (long d : dims) {
            shape.message(1, new Proto().varint(1, d));
        }
        Proto tensorType = new Proto().varint(1, FLOAT).message(2, shape);
        return new Proto().string(1, name).message(2, new Proto().message(1, tensorType));
    }

    private static float[] flatten(float[][] m) {
        float[] out = new float[m.length * m[0].length];
        for (int i = 0; i < m.length; i++) {
            System.arraycopy(m[i], 0, out, i * m[0].length, m[0].length);
        }
        return out;
    }

    /** The two protobuf wire types ONNX models need: varints and length-delimited fields. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long value) {
            writeVarint((long) field << 3);
            writeVarint(value);
            return this;
        }

        Proto string(int field, String s) {
            return raw(field, s.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto m) {
            return raw(field, m.bytes());
        }

        Proto raw(int field, byte[] b) {
            writeVarint((long) field << 3 | 2);
            writeVarint(b.length);
            out.writeBytes(b);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void writeVarint(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
