package phaze.agent.boundary;

/** The answer to a registration or token rotation: the only time the token is ever shown. */
public record RegisteredAgent(AgentSummary agent, String token) {
}
