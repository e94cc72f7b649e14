package org.aftercare.orders.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.aftercare.orders.NewOrder;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.ShopId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An order as a client sends it to {@code POST /api/v1/orders}. */
@OneCurrencyPerOrder
record OrderRequest(
        @NotNull UUID shop,
        @NotBlank @Size(max = 64) String orderNumber,
        @NotNull OffsetDateTime placedAt,
        @Valid BuyerRequest buyer,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid LineRequest> lines) {

    /** @param ref the platform's buyer id; the e-mail is used when it is missing */
    record BuyerRequest(
            @Size(max = 128) String ref,
            @Size(max = 200) String name,
            @Email @Size(max = 254) String email,
            @Size(max = 32) @Pattern(regexp = "^\\+?[0-9 ()./-]{4,}$", message = "is not a phone number") String phone,
            @Pattern(regexp = "^[A-Za-z]{2}$", message = "is not an ISO 3166 country code") String country,
            @Pattern(regexp = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "is not a language tag") String language,
            @ZoneName String timeZone) {

        String effectiveRef() {
            return ref == null || ref.isBlank() ? email : ref.strip();
        }
    }

    @PriceFitsCurrency
    record LineRequest(
            @NotBlank @Size(max = 128) String sku,
            @NotBlank @Size(max = 500) String title,
            @NotNull @PositiveOrZero BigDecimal unitPrice,
            @NotBlank String currency,
            @NotNull @Positive Integer quantity,
            Boolean hotProduct) {

        Currency isoCurrency() {
            return Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT));
        }
    }

    NewOrder toNewOrder() {
        NewOrder.NewBuyer newBuyer = buyer == null || buyer.effectiveRef() == null ? null
                : new NewOrder.NewBuyer(buyer.effectiveRef(), buyer.name(), buyer.email(), buyer.phone(),
                        buyer.country() == null ? null : buyer.country().toUpperCase(Locale.ROOT), buyer.language(),
                        buyer.timeZone());
        List<NewOrder.Line> newLines = lines.stream()
                .map(l -> new NewOrder.Line(l.sku().strip(), l.title().strip(),
                        new Money(l.unitPrice(), l.isoCurrency()), l.quantity(), Boolean.TRUE.equals(l.hotProduct())))
                .toList();
        return new NewOrder(new ShopId(shop), orderNumber.strip(), placedAt.toInstant(), newBuyer, newLines, "API");
    }
}
