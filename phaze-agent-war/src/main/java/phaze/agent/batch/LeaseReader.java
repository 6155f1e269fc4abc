package phaze.agent.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import phaze.agent.runtime.AgentLoop;
import phaze.protocol.agent.WorkLease;

import java.util.ArrayDeque;
import java.util.Deque;

/** Reads work by leasing it, a couple of items at a time; no more work ends the partition. */
@Named
@Dependent
public class LeaseReader extends AbstractItemReader {
    static final int LEASE_AT_ONCE = 2;

    @EJB
    AgentLoop agent;

    private final Deque<WorkLease> leased = new ArrayDeque<>();

    @Override
    public Object readItem() {
        if (leased.isEmpty()) {
            leased.addAll(agent.controller().lease(LEASE_AT_ONCE));
        }
        return leased.poll();
    }
}
