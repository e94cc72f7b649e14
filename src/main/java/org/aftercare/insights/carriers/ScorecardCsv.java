package org.aftercare.insights.carriers;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Scorecards as RFC 4180 CSV with a header row: durations in hours (door-to-door in days), rates as fractions. */
final class ScorecardCsv {

    static final String HEADER = String.join(",", "carrier", "destination", "period", "period_start", "shipments",
            "delivered", "pickup_lag_p50_h", "pickup_lag_p90_h", "export_customs_p50_h", "export_customs_p90_h",
            "import_customs_p50_h", "import_customs_p90_h", "line_haul_p50_h", "line_haul_p90_h", "last_mile_p50_h",
            "last_mile_p90_h", "door_to_door_p50_d", "door_to_door_p90_d", "promised", "on_time_rate",
            "exception_rate", "loss_rate", "returned_rate", "alerts", "alerts_per_1000");

    private ScorecardCsv() {
    }

    static String write(List<CarrierScorecard> scorecards) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (CarrierScorecard s : scorecards) {
            csv.append(Stream.of(s.carrier(), s.destination(), s.period(), s.periodStart(), s.shipments(), s.delivered(),
                            s.pickupLag().p50(), s.pickupLag().p90(), s.exportCustoms().p50(), s.exportCustoms().p90(),
                            s.importCustoms().p50(), s.importCustoms().p90(), s.lineHaul().p50(), s.lineHaul().p90(),
                            s.lastMile().p50(), s.lastMile().p90(), s.doorToDoor().p50(), s.doorToDoor().p90(),
                            s.promised(), s.onTimeRate(), s.exceptionRate(), s.lossRate(), s.returnedRate(), s.alerts(),
                            s.alertsPer1000())
                    .map(ScorecardCsv::field)
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    /** Empty for "no value"; quoted when the text needs it. */
    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double d ? String.format(Locale.ROOT, "%s", d) : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
