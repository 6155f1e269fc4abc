package phaze.health;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Phaze is healthy when its database answers a query within a couple of seconds. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Health {

    @Resource(lookup = "java:jboss/datasources/PhazeDS")
    DataSource dataSource;

    public boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            return s.executeQuery("select 1").next();
        } catch (SQLException e) {
            return false;
        }
    }
}
