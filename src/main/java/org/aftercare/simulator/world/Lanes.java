package org.aftercare.simulator.world;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Every lane the simulator ships on: a destination profile (what the destination's customs and
 * last-mile partner do) combined with a carrier profile (how fast the consolidator is in China and
 * on the line-haul). All figures are estimates; docs/simulator.md gives the reasoning.
 */
public final class Lanes {

    /** What happens in China, the same for every destination, before a carrier's speed factor. */
    static final Dwell PICKUP = Dwell.hours(20, 60);
    static final Dwell EXPORT_CUSTOMS = Dwell.hours(30, 80);

    /** Destination side, per market. */
    record Destination(Dwell lineHaul, Dwell importCustoms, double holdProbability, Dwell hold, Dwell lastMile,
                       double failedAttempt, double loss, double damage, double returned, int promisedMin,
                       int promisedMax) {
    }

    static final Map<String, Destination> DESTINATIONS = Map.of(
            "US", new Destination(Dwell.hours(64, 160), Dwell.hours(20, 60), 0.04, Dwell.days(5, 14),
                    Dwell.hours(72, 144), 0.03, 0.008, 0.004, 0.005, 8, 15),
            "GB", new Destination(Dwell.hours(64, 160), Dwell.hours(18, 48), 0.03, Dwell.days(4, 12),
                    Dwell.hours(48, 100), 0.04, 0.006, 0.004, 0.005, 7, 14),
            "DE", new Destination(Dwell.hours(72, 180), Dwell.hours(24, 72), 0.05, Dwell.days(6, 15),
                    Dwell.hours(36, 80), 0.05, 0.005, 0.005, 0.006, 8, 15),
            "FR", new Destination(Dwell.hours(76, 190), Dwell.hours(24, 60), 0.04, Dwell.days(5, 14),
                    Dwell.hours(48, 110), 0.05, 0.007, 0.005, 0.006, 8, 16),
            "IT", new Destination(Dwell.hours(80, 200), Dwell.hours(30, 90), 0.06, Dwell.days(7, 18),
                    Dwell.hours(84, 200), 0.07, 0.012, 0.006, 0.008, 10, 20),
            "ES", new Destination(Dwell.hours(80, 200), Dwell.hours(26, 80), 0.05, Dwell.days(6, 15),
                    Dwell.hours(60, 140), 0.06, 0.009, 0.005, 0.007, 9, 18),
            "MY", new Destination(Dwell.hours(30, 72), Dwell.hours(16, 48), 0.03, Dwell.days(3, 8),
                    Dwell.hours(30, 72), 0.04, 0.006, 0.004, 0.005, 4, 10));

    /** How a consolidator differs from the typical one: time in China and on the line-haul, and losses. */
    record Carrier(double speed, double losses) {
    }

    static final Map<String, Carrier> CARRIERS = Map.of(
            "YUNEXPRESS", new Carrier(1.0, 1.0),
            "4PX", new Carrier(0.95, 1.0),
            "YANWEN", new Carrier(1.3, 1.5),   // economy lines: slower, more parcels go silent
            "CAINIAO", new Carrier(0.9, 0.9),  // own sorting centres and chartered line-haul
            "JT_EXPRESS", new Carrier(0.85, 1.0));

    record Route(String destination, String carrier, String lastMile, String service, double share) {
    }

    static final List<Route> ROUTES = List.of(
            new Route("US", "YUNEXPRESS", "USPS", "YunExpress Global Direct Line", 0.35),
            new Route("US", "4PX", "USPS", "4PX Global Express Tracked", 0.25),
            new Route("US", "CAINIAO", "USPS", "Cainiao Standard", 0.25),
            new Route("US", "YANWEN", "USPS", "Yanwen Economy Tracked", 0.15),
            new Route("GB", "YUNEXPRESS", "ROYAL_MAIL", "YunExpress Direct Line UK", 0.45),
            new Route("GB", "4PX", "EVRI", "4PX Tracked UK", 0.35),
            new Route("GB", "YANWEN", "ROYAL_MAIL", "Yanwen Economy Tracked", 0.20),
            new Route("DE", "YUNEXPRESS", "DHL_PAKET", "YunExpress Direct Line DE", 0.40),
            new Route("DE", "4PX", "GLS", "4PX Tracked EU", 0.25),
            new Route("DE", "CAINIAO", "DHL_PAKET", "Cainiao Standard", 0.35),
            new Route("FR", "YUNEXPRESS", "COLISSIMO", "YunExpress Direct Line FR", 0.50),
            new Route("FR", "CAINIAO", "COLISSIMO", "Cainiao Standard", 0.30),
            new Route("FR", "YANWEN", "COLISSIMO", "Yanwen Economy Tracked", 0.20),
            new Route("IT", "YUNEXPRESS", "POSTE_ITALIANE", "YunExpress Direct Line IT", 0.55),
            new Route("IT", "CAINIAO", "POSTE_ITALIANE", "Cainiao Standard", 0.45),
            new Route("ES", "YUNEXPRESS", "CORREOS", "YunExpress Direct Line ES", 0.50),
            new Route("ES", "4PX", "CORREOS", "4PX Tracked EU", 0.25),
            new Route("ES", "CAINIAO", "CORREOS", "Cainiao Standard", 0.25),
            new Route("MY", "JT_EXPRESS", "JT_EXPRESS", "J&T International", 0.60),
            new Route("MY", "CAINIAO", "POS_MALAYSIA", "Cainiao Standard", 0.40));

    public static final List<Lane> ALL = ROUTES.stream().map(Lanes::lane).toList();

    private static final Map<String, List<Lane>> BY_DESTINATION = ALL.stream()
            .collect(Collectors.groupingBy(Lane::destination));

    private Lanes() {
    }

    public static List<Lane> to(String destination) {
        return BY_DESTINATION.getOrDefault(destination, BY_DESTINATION.get("US"));
    }

    /** Picks a lane to the destination by the lanes' shares. */
    public static Lane pick(String destination, RandomGenerator random) {
        List<Lane> lanes = to(destination);
        double r = random.nextDouble();
        for (Lane lane : lanes) {
            r -= lane.share();
            if (r < 0) {
                return lane;
            }
        }
        return lanes.getLast();
    }

    private static Lane lane(Route route) {
        Destination d = DESTINATIONS.get(route.destination());
        Carrier c = CARRIERS.get(route.carrier());
        return new Lane(route.carrier(), route.lastMile(), route.destination(), route.service(), route.share(),
                PICKUP.times(c.speed()), EXPORT_CUSTOMS.times(c.speed()), d.lineHaul().times(c.speed()),
                d.importCustoms(), d.holdProbability(), d.hold(), d.lastMile(), d.failedAttempt(),
                d.loss() * c.losses(), d.damage(), d.returned(), d.promisedMin(),
                (int) Math.round(d.promisedMax() * Math.max(1.0, c.speed())));
    }
}
