package org.aftercare.orders.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A line's currency is an ISO 4217 code and its unit price has no more decimals than that
 * currency has minor units (12.345 USD or 100.5 JPY are rejected, not rounded).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PriceFitsCurrency.Check.class)
@interface PriceFitsCurrency {

    String message() default "price does not fit its currency";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PriceFitsCurrency, OrderRequest.LineRequest> {

        @Override
        public boolean isValid(OrderRequest.LineRequest line, ConstraintValidatorContext context) {
            if (line.currency() == null || line.currency().isBlank()) {
                return true;
            }
            Currency currency;
            try {
                currency = line.isoCurrency();
            }
            catch (IllegalArgumentException e) {
                return violation(context, "currency", "is not an ISO 4217 currency code");
            }
            if (line.unitPrice() != null
                    && line.unitPrice().stripTrailingZeros().scale() > Math.max(currency.getDefaultFractionDigits(), 0)) {
                return violation(context, "unitPrice",
                        "has more decimals than " + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits() + ")");
            }
            return true;
        }

        static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
