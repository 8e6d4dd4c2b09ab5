package cn.gov.pujiang.decision.audit;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date filter lies in the years the audit figures cover (2000 to 2100), or is absent. A date far outside
 * is a typo or a probe, and day arithmetic at the calendar's edge (+999999999-12-31 plus one day) would
 * fail as a 500.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = InYearRange.Check.class)
@interface InYearRange {

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  final class Check implements ConstraintValidator<InYearRange, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || (value.getYear() >= 2000 && value.getYear() <= 2100);
    }
  }
}
