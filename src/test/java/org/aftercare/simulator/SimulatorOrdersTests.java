package org.aftercare.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.aftercare.orders.NewOrder;
import org.aftercare.simulator.dataset.Dataset;
import org.aftercare.simulator.dataset.SimulatedOrder;
import org.aftercare.simulator.world.Catalog;
import org.aftercare.simulator.world.TradeCalendar;
import org.junit.jupiter.api.Test;

/** Orders follow the trade's rhythm: weekends, Black Friday, the livestream on the hot SKU. */
class SimulatorOrdersTests {

    static final List<SimulatedOrder> YEAR = new Dataset(SimulatedWorld.TENANT, SimulatedWorld.SHOPS,
            SimulatedWorld.aYear(1, 40_000)).slice(0, 40_000);

    @Test
    void blackFridayBringsSeveralTimesAnOrdinaryFridaysOrders() {
        Map<LocalDate, Long> perDay = perDay();
        long blackFriday = perDay.get(TradeCalendar.blackFriday(2025));
        long ordinaryFriday = perDay.get(LocalDate.of(2026, 6, 12));
        assertThat(blackFriday).isGreaterThan(ordinaryFriday * 2);
    }

    @Test
    void theLivestreamSpikeSellsTheHotSku() {
        LocalDate livestream = SimulatedWorld.aYear(1, 1).livestreamDay();
        Map<LocalDate, Long> perDay = perDay();
        assertThat(perDay.get(livestream)).isGreaterThan(perDay.get(livestream.minusDays(7)) * 5);

        long hotLines = YEAR.stream().flatMap(o -> o.order().order().lines().stream())
                .filter(NewOrder.Line::hotProduct).count();
        assertThat(hotLines).isGreaterThan(YEAR.size() / 40);
        assertThat(YEAR.stream().flatMap(o -> o.order().order().lines().stream()).filter(NewOrder.Line::hotProduct))
                .allMatch(line -> line.sku().equals(Catalog.hit().code()));
    }

    @Test
    void theUsIsTheBiggestMarketAndEveryMarketHasOrders() {
        Map<String, Long> perMarket = YEAR.stream().map(SimulatedOrder::shipment).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(s -> s.destinationCountry(), Collectors.counting()));
        assertThat(perMarket).containsOnlyKeys("US", "GB", "DE", "FR", "IT", "ES", "MY");
        assertThat(perMarket.values().stream().max(Long::compare)).contains(perMarket.get("US"));
    }

    @Test
    void pricesAreInTheShopsCurrency() {
        assertThat(YEAR).allSatisfy(o -> {
            var shop = SimulatedWorld.SHOPS.stream().filter(s -> s.id().equals(o.order().order().shop())).findFirst()
                    .orElseThrow();
            assertThat(o.order().order().total().currency()).isEqualTo(shop.currency());
        });
    }

    private static Map<LocalDate, Long> perDay() {
        return YEAR.stream().collect(Collectors.groupingBy(
                o -> LocalDate.ofInstant(o.order().order().placedAt(), ZoneOffset.UTC), Collectors.counting()));
    }
}
