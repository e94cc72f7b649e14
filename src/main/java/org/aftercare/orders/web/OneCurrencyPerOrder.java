package org.aftercare.orders.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** All lines of an order are priced in one currency, as the order has one total. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneCurrencyPerOrder.Check.class)
@interface OneCurrencyPerOrder {

    String message() default "all lines of an order must be in one currency";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OneCurrencyPerOrder, OrderRequest> {

        @Override
        public boolean isValid(OrderRequest order, ConstraintValidatorContext context) {
            if (order.lines() == null) {
                return true;
            }
            long currencies = order.lines().stream()
                    .filter(Objects::nonNull)
                    .map(OrderRequest.LineRequest::currency)
                    .filter(c -> c != null && !c.isBlank())
                    .map(c -> c.strip().toUpperCase(Locale.ROOT))
                    .distinct()
                    .count();
            return currencies <= 1
                    || PriceFitsCurrency.Check.violation(context, "lines", "all lines of an order must be in one currency");
        }
    }
}
