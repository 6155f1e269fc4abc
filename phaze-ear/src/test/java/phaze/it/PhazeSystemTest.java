package phaze.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every system test runs against: the controller EAR and the agent WAR exactly as built,
 * deployed together on the provisioned WildFly, exercised from outside.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class PhazeSystemTest {

    @Deployment(name = "controller", order = 1, testable = false)
    static EnterpriseArchive controller() {
        return Deployments.controller();
    }

    @Deployment(name = "agent", order = 2, testable = false)
    static WebArchive agent() {
        return Deployments.agent();
    }
}
