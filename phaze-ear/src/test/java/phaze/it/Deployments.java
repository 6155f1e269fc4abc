package phaze.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The archives exactly as the build made them: the controller EAR and the agent WAR. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive controller() {
        return ShrinkWrap.create(ZipImporter.class, "phaze.ear")
                .importFrom(file("phaze.it.ear")).as(EnterpriseArchive.class);
    }

    static WebArchive agent() {
        return ShrinkWrap.create(ZipImporter.class, "phaze-agent.war")
                .importFrom(file("phaze.it.agent.war")).as(WebArchive.class);
    }

    private static File file(String property) {
        File f = new File(System.getProperty(property));
        if (!f.isFile()) {
            throw new IllegalStateException(property + " = " + f + " does not exist; build with mvn package first");
        }
        return f;
    }

    static {
        ZipExporter.class.getName(); // keeps the exporter on the class path for the container
    }
}
