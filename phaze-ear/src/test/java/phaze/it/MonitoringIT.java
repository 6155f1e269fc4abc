package phaze.it;

import org.junit.jupiter.api.Test;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static phaze.it.PhazeSystem.*;

/** Operators watch and steer stages over JMX, as jconsole would (WildFly's remote+http connector). */
class MonitoringIT extends PhazeSystemTest {

    @Test
    void everyStageAndAgentIsAnMBeanThatAgreesWithTheApi() throws Exception {
        ensureAgentRunning();
        int port = 9990 + Integer.getInteger("phaze.it.port.offset", 100);
        try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL("service:jmx:remote+http://127.0.0.1:" + port))) {
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
}
