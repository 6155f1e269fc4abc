package phaze.audio.match;

import java.util.Arrays;

/** The hash hits of one robust query, kept in parallel primitive arrays for the refinement pass. */
final class RobustHits {
    int[] ref = new int[1 << 16];
    int[] tr = new int[1 << 16];
    int[] tq = new int[1 << 16];
    float[] stretch = new float[1 << 16];
    int[] shift = new int[1 << 16];
    int size;

    void add(int r, int refFrame, int queryFrame, float s, int sh) {
        if (size == ref.length) {
            int n = size * 2;
            ref = Arrays.copyOf(ref, n);
            tr = Arrays.copyOf(tr, n);
            tq = Arrays.copyOf(tq, n);
            stretch = Arrays.copyOf(stretch, n);
            shift = Arrays.copyOf(shift, n);
        }
        ref[size] = r;
        tr[size] = refFrame;
        tq[size] = queryFrame;
        stretch[size] = s;
        shift[size] = sh;
        size++;
    }
}
