package phaze.agent.boundary;

/** Fired after an agent's registration committed. */
public record AgentRegistered(String agentId) {
}
