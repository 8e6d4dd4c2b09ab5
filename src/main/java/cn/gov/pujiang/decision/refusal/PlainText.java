package cn.gov.pujiang.decision.refusal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation's form of {@link TextRules} for a request record's text field: refused with the field's
 * Chinese label and the reason ("决策事项名称含有无效字符…"), never the value; null passes (say
 * {@code @NotBlank} where the field is required).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

  /** The field's Chinese name, the start of the message. */
  String label();

  /** Whether line breaks and tabs are allowed (notes, summaries) or not (titles, names). */
  boolean multiLine() default false;

  String message() default "内容含有不允许的字符";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  final class Check implements ConstraintValidator<PlainText, String> {

    private String label;
    private boolean multiLine;

    @Override
    public void initialize(PlainText annotation) {
      label = annotation.label();
      multiLine = annotation.multiLine();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      String problem = TextRules.problem(value, multiLine);
      if (problem == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      // Escaped so that nothing in the label or reason is read as a message expression.
      context.buildConstraintViolationWithTemplate((label + problem).replaceAll("([{}$\\\\])", "\\\\$1"))
          .addConstraintViolation();
      return false;
    }
  }
}
