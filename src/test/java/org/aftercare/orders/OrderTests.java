package org.aftercare.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What makes an order "the same order again", and who sees a buyer's contact data. Plain domain, no Spring. */
class OrderTests {

    static final ShopId SHOP = new ShopId(java.util.UUID.randomUUID());
    static final TenantId TENANT = new TenantId(java.util.UUID.randomUUID());
    static final Instant PLACED = Instant.parse("2026-11-20T10:00:00.123456Z");

    static NewOrder incoming(String sku, int quantity, String buyerRef) {
        return new NewOrder(SHOP, "DE-1", PLACED.plusNanos(789), new NewOrder.NewBuyer(buyerRef, "Jana", null, null,
                "DE", "de", null), List.of(new NewOrder.Line(sku, "Mug", Money.of("12.00", "EUR"), quantity, false)), "API");
    }

    static Order stored(BuyerView buyer) {
        return new Order(new OrderId(java.util.UUID.randomUUID()), TENANT, SHOP, "DE", "DE-1", PLACED, buyer,
                List.of(new Order.Line(1, "MUG", "Mug", Money.of("12.0000", "EUR"), 2, false)),
                Money.of("24.00", "EUR"), "PLACED", "API", PLACED);
    }

    static BuyerView buyer(String ref, Instant erasedAt) {
        return new BuyerView(new BuyerId(java.util.UUID.randomUUID()), ref, erasedAt == null ? "Jana Müller" : null,
                erasedAt == null ? "jana@example.com" : null, erasedAt == null ? "+49 170 1234567" : null, "DE", "de",
                "Europe/Berlin", erasedAt, false);
    }

    @Test
    void theSameOrderDeliveredAgainIsTheSame() {
        assertThat(stored(buyer("tt-1", null)).sameAs(incoming("MUG", 2, "tt-1"))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            another SKU,      CUP, 2, tt-1
            another quantity, MUG, 3, tt-1
            another buyer,    MUG, 2, tt-2
            """)
    void otherContentIsNotTheSame(String change, String sku, int quantity, String ref) {
        assertThat(stored(buyer("tt-1", null)).sameAs(incoming(sku, quantity, ref))).isFalse();
    }

    @Test
    void anErasedBuyerIsNotComparedAsErasureMayHaveChangedTheRef() {
        Order order = stored(buyer("erased:1", Instant.parse("2026-11-22T00:00:00Z")));

        assertThat(order.sameAs(incoming("MUG", 2, "jana@example.com"))).isTrue();
    }

    @ParameterizedTest(name = "{0} sees e-mail {1}")
    @CsvSource(textBlock = """
            OWNER,   jana@example.com
            MANAGER, jana@example.com
            AGENT,   jana@example.com
            VIEWER,  j***@example.com
            """)
    void onlyThoseWhoWorkWithBuyersSeeTheirContactData(Role role, String email) {
        Actor actor = new Actor("someone", null, TENANT, role, Set.of());

        assertThat(stored(buyer("tt-1", null)).seenBy(actor).buyer().email()).isEqualTo(email);
    }

    @ParameterizedTest(name = "''{0}'' masked is ''{1}''")
    @CsvSource(textBlock = """
            jana@example.com, j***@example.com
            not-an-email,     ***
            """)
    void emailsAreMaskedToAHint(String email, String masked) {
        assertThat(BuyerView.maskEmail(email)).isEqualTo(masked);
    }

    @Test
    void phonesKeepTheirLastTwoDigitsNamesTheirFirstLetter() {
        assertThat(BuyerView.maskPhone("+49 170 1234567")).isEqualTo("***67");
        assertThat(BuyerView.maskName("Jana Müller")).isEqualTo("J***");
        assertThat(BuyerView.maskName("王小明")).isEqualTo("王***");
    }

    @Test
    void aRefThatIsAnEmailIsMaskedTooAPlatformIdIsNot() {
        assertThat(buyer("jana@example.com", null).withContactMasked().ref()).isEqualTo("j***@example.com");
        assertThat(buyer("tt-1", null).withContactMasked().ref()).isEqualTo("tt-1");
    }
}
