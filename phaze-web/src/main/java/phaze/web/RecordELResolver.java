package phaze.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lets the console's EL read record components ({@code #{scan.status}} calls {@code status()}).
 * Expression Language 5 (Jakarta EE 10) knows only JavaBeans getters; EL 6 adds this natively,
 * so this class goes when WildFly moves to EE 11.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Optional<Method> accessor = accessor(base, property);
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            Object value = accessor.get().invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (ReflectiveOperationException e) {
            throw new ELException("cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Optional<Method> accessor = accessor(base, property);
        accessor.ifPresent(m -> context.setPropertyResolved(base, property));
        return null; // read-only: records cannot be written through EL
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property).isPresent()) {
            throw new PropertyNotWritableException(base.getClass().getSimpleName() + " is a record; " + property + " is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property).isPresent()) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private static Optional<Method> accessor(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name)) {
            return Optional.empty();
        }
        return Arrays.stream(base.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(name)).findFirst().map(RecordComponent::getAccessor);
    }
}
