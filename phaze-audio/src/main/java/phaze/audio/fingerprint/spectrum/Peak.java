package phaze.audio.fingerprint.spectrum;

/** A spectral peak: frame (16 ms units), bin, and its prominence over the running spectral mean. */
public record Peak(int frame, int bin, float prominence) {
}
