package phaze.proposal.llm;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Checks an {@link LlmNaming} against its Bean Validation constraints. In WildFly (or wherever a
 * provider is on the class path) the real {@link Validator} runs; without one, the same three
 * annotations used on {@link LlmNaming} are read directly, so the annotations stay the one definition.
 */
public interface NamingCheck {

    /** Every violated constraint as "field message", sorted; empty when valid. */
    List<String> problems(LlmNaming naming);

    /** Bean Validation when a provider is present, else {@link #annotations()}. */
    static NamingCheck available() {
        try {
            Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
            return beanValidation(validator);
        } catch (ValidationException | NoClassDefFoundError e) {
            Logger.getLogger(NamingCheck.class.getName())
                    .info("No Bean Validation provider (" + e.getMessage() + "); LLM answers are checked by annotation reading");
            return annotations();
        }
    }

    static NamingCheck beanValidation(Validator validator) {
        return naming -> validator.validate(naming).stream()
                .map(NamingCheck::describe)
                .sorted()
                .toList();
    }

    /** The fallback: honours {@link NotNull}, {@link NotBlank} and {@link Size} on the record components. */
    static NamingCheck annotations() {
        return naming -> {
            List<String> problems = new ArrayList<>();
            for (RecordComponent component : LlmNaming.class.getRecordComponents()) {
                // Constraint annotations do not target record components; they land on the accessor.
                Method accessor = component.getAccessor();
                Object value = read(accessor, naming);
                String name = component.getName();
                if (accessor.isAnnotationPresent(NotNull.class) && value == null) {
                    problems.add(name + " must not be null");
                }
                if (accessor.isAnnotationPresent(NotBlank.class) && (value == null || value.toString().isBlank())) {
                    problems.add(name + " must not be blank");
                }
                Size size = accessor.getAnnotation(Size.class);
                if (size != null && value instanceof String text && (text.length() < size.min() || text.length() > size.max())) {
                    problems.add(name + " size must be between " + size.min() + " and " + size.max());
                }
            }
            problems.sort(null);
            return problems;
        };
    }

    private static String describe(ConstraintViolation<LlmNaming> violation) {
        return violation.getPropertyPath() + " " + violation.getMessage();
    }

    private static Object read(Method accessor, LlmNaming naming) {
        try {
            return accessor.invoke(naming);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + accessor.getName(), e);
        }
    }
}
