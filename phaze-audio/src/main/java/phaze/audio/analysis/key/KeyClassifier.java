package phaze.audio.analysis.key;

/** Correlates a 12-bin chroma vector with the 24 rotated key profiles. */
final class KeyClassifier {
    /** Chroma whose max/min contrast is below this is treated as less tonal, scaling confidence down. */
    private static final double FULL_CONTRAST = 0.5;

    private final KeyProfiles[] profiles;

    /** With several profiles the correlations are averaged: each profile's typical confusion differs. */
    KeyClassifier(KeyProfiles... profiles) {
        this.profiles = profiles.clone();
    }

    KeyEstimate classify(double[] chroma) {
        double max = 0, min = Double.MAX_VALUE;
        for (double c : chroma) {
            max = Math.max(max, c);
            min = Math.min(min, c);
        }
        if (!(max > 0)) {
            return KeyEstimate.none();
        }
        MusicalKey best = null;
        double bestR = -2;
        for (Mode mode : Mode.values()) {
            for (int tonic = 0; tonic < 12; tonic++) {
                double r = 0;
                for (KeyProfiles p : profiles) {
                    r += correlation(chroma, p.profile(mode), tonic) / profiles.length;
                }
                if (r > bestR) {
                    bestR = r;
                    best = new MusicalKey(tonic, mode);
                }
            }
        }
        double contrast = (max - min) / max;
        double confidence = Math.max(0, bestR) * Math.min(1, contrast / FULL_CONTRAST);
        return new KeyEstimate(best, confidence);
    }

    private static double correlation(double[] chroma, double[] profile, int tonic) {
        double mc = 0, mp = 0;
        for (int i = 0; i < 12; i++) {
            mc += chroma[i];
            mp += profile[i];
        }
        mc /= 12;
        mp /= 12;
        double num = 0, dc = 0, dp = 0;
        for (int i = 0; i < 12; i++) {
            double c = chroma[(i + tonic) % 12] - mc;
            double p = profile[i] - mp;
            num += c * p;
            dc += c * c;
            dp += p * p;
        }
        return dc == 0 ? 0 : num / Math.sqrt(dc * dp);
    }
}
