package phaze.it;

import org.junit.jupiter.api.Test;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static phaze.it.PhazeSystem.*;

/** Operators watch and steer stages over JMX, as jconsole would (WildFly's remote+http connector). */
class MonitoringIT extends PhazeSystemTest {

    @Test
    void everyStageAndAgentIsAnMBeanThatAgreesWithTheApi() throws Exception {
        ensureAgentRunning();
        try (JMXConnector jmx = jmx()) {
            MBeanServerConnection server = jmx.getMBeanServerConnection();
            Set<ObjectName> stages = server.queryNames(new ObjectName("phaze:type=Stage,*"), null);
            assertEquals(7, stages.size(), stages.toString());

            ObjectName fingerprint = new ObjectName("phaze:type=Stage,name=\"fingerprint\"");
            server.invoke(fingerprint, "pause", null, null);
            assertTrue((Boolean) server.getAttribute(fingerprint, "Paused"));
            assertTrue(get("/api/v1/pipeline/stats").json().getJsonObject("fingerprint").getBoolean("paused"),
                    "a pause over JMX is the same durable pause");
            server.invoke(fingerprint, "resume", null, null);
            assertFalse((Boolean) server.getAttribute(fingerprint, "Paused"));
            long done = (Long) server.getAttribute(new ObjectName("phaze:type=Stage,name=\"tags\""), "Done");
            assertEquals(get("/api/v1/pipeline/stats").json().getJsonObject("tags").getJsonNumber("done").longValue(), done);

            ObjectName agent = new ObjectName("phaze:type=Agent,name=\"" + AGENT_ID + "\"");
            assertEquals("alive", server.getAttribute(agent, "Status"));
        }
    }

    @Test
    void aPauseSurvivesARestartOfTheServer() throws Exception {
        ensureAgentRunning();
        assertTrue(post("/api/v1/pipeline/stages/analyze/pause", "").json().getBoolean("paused"));
        try {
            try (JMXConnector jmx = jmx()) {
                // WildFly's management model in JMX: the same reload an operator runs from the console.
                jmx.getMBeanServerConnection().invoke(new ObjectName("jboss.as:management-root=server"), "reload",
                        new Object[0], new String[0]);
            } catch (java.io.IOException connectionClosedByTheReload) {
                // expected: the server drops management connections while it reloads
            }
            await("Phaze back after the reload", java.time.Duration.ofSeconds(120), () -> {
                try {
                    return send(request("/health").GET(), false).status() == 200;
                } catch (IllegalStateException notYet) {
                    return false;
                }
            });
            assertTrue(get("/api/v1/pipeline/stats").json().getJsonObject("analyze").getBoolean("paused"),
                    "the pause is durable");
        } finally {
            post("/api/v1/pipeline/stages/analyze/resume", "");
        }
    }
}
