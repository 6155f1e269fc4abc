package phaze.pipeline.jmx;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import phaze.agent.boundary.AgentRegistered;
import phaze.agent.boundary.AgentService;
import phaze.agent.boundary.AgentSummary;
import phaze.pipeline.boundary.PipelineService;
import phaze.pipeline.boundary.StageControlService;
import phaze.pipeline.boundary.StageStats;
import phaze.pipeline.control.Stage;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Publishes the pipeline to JMX for operators: an MBean per stage (read from the database on
 * every access, so JMX never disagrees with the console) and one per agent, kept in step with the
 * registered agents every minute.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class PipelineMonitor {
    private static final Logger LOG = Logger.getLogger(PipelineMonitor.class.getName());
    static final String DOMAIN = "phaze";

    @EJB
    PipelineService pipeline;
    @EJB
    StageControlService control;
    @EJB
    AgentService agents;

    private final Set<ObjectName> registered = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @PostConstruct
    void publish() {
        for (Stage stage : Stage.values()) {
            register(name("Stage", stage.wireName()), new StageBean(stage.wireName()));
        }
        syncAgents();
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void syncAgents() {
        for (AgentSummary agent : agents.list()) {
            ObjectName name = name("Agent", agent.id());
            if (!registered.contains(name)) {
                register(name, new AgentBean(agent.id()));
            }
        }
    }

    public void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentRegistered event) {
        ObjectName name = name("Agent", event.agentId());
        if (!registered.contains(name)) {
            register(name, new AgentBean(event.agentId()));
        }
    }

    @PreDestroy
    void withdraw() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (ObjectName name : registered) {
            try {
                server.unregisterMBean(name);
            } catch (JMException e) {
                LOG.fine(() -> "MBean " + name + " was already gone");
            }
        }
        registered.clear();
    }

    private void register(ObjectName name, Object bean) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            if (server.isRegistered(name)) {
                server.unregisterMBean(name); // left by an earlier deployment of this EAR
            }
            server.registerMBean(bean, name);
            registered.add(name);
        } catch (JMException e) {
            LOG.warning(() -> "cannot publish " + name + " to JMX: " + e.getMessage());
        }
    }

    private static ObjectName name(String type, String name) {
        try {
            return new ObjectName(DOMAIN + ":type=" + type + ",name=" + ObjectName.quote(name));
        } catch (JMException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private final class StageBean implements StageMXBean {
        private final String stage;

        StageBean(String stage) {
            this.stage = stage;
        }

        private StageStats stats() {
            return pipeline.stats().get(stage);
        }

        private long[] activity() {
            return pipeline.activity().get(stage);
        }

        @Override
        public long getQueued() {
            return activity()[0];
        }

        @Override
        public long getLeased() {
            return activity()[1];
        }

        @Override
        public long getDone() {
            return stats().done();
        }

        @Override
        public long getFailed() {
            return stats().failed();
        }

        @Override
        public long getSkipped() {
            return stats().skipped();
        }

        @Override
        public long getNotStarted() {
            return stats().notStarted();
        }

        @Override
        public long getItemsPerMinute() {
            return activity()[2];
        }

        @Override
        public boolean isPaused() {
            return stats().paused();
        }

        @Override
        public int getPriority() {
            return stats().priority();
        }

        @Override
        public void pause() {
            control.pause(stage);
        }

        @Override
        public void resume() {
            control.resume(stage);
        }

        @Override
        public void changePriority(int delta) {
            control.changePriority(stage, delta);
        }
    }

    private final class AgentBean implements AgentMXBean {
        private final String id;

        AgentBean(String id) {
            this.id = id;
        }

        private AgentSummary agent() {
            return agents.find(id);
        }

        @Override
        public String getStatus() {
            return agent().status();
        }

        @Override
        public String getLastSeenAt() {
            return agent().lastSeenAt();
        }

        @Override
        public int getQueueDepth() {
            Integer depth = agent().queueDepth();
            return depth == null ? 0 : depth;
        }

        @Override
        public String getVersion() {
            return agent().version();
        }

        @Override
        public String[] getRoots() {
            return agent().roots().stream().map(AgentSummary.RootSummary::path).toArray(String[]::new);
        }
    }
}
