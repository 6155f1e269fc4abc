package phaze.proposal.control;

/** A festival, radio show, stream or venue the rules recognise, with its canonical spelling. */
public record KnownEvent(String name, EventKind kind) {
}
