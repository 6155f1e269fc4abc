package phaze.agent.work;

import phaze.agent.runtime.ControllerClient;
import phaze.protocol.agent.WorkLease;
import phaze.protocol.agent.WorkResult;

/** Carries out one kind of leased work and says how it ended; never throws for a bad file. */
public interface WorkHandler {
    WorkResult handle(WorkLease lease, ControllerClient controller);
}
