package org.aftercare.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aftercare.desk.DeskReports;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.Alerts;
import org.aftercare.outreach.Notices;
import org.aftercare.outreach.Scenario;
import org.aftercare.remedies.OfferKind;
import org.aftercare.remedies.Offers;
import org.aftercare.shared.pdf.PdfReport;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Tenants;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The shop's handling record for a period (L7), for a reinstatement appeal: logistics issues handled
 * (monitoring alerts resolved), notices sent to buyers (outreach), offers granted (remedies), claims
 * and disputes won (cases), and how fast buyers were answered (the desk's response times per market).
 */
@Service
public class AccountHealthRecord {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    /** The record's figures. */
    public record Figures(Instant from, Instant to, Map<AlertRule, Integer> alertsResolved,
                          Map<Scenario, Integer> noticesSent, Map<OfferKind, Integer> offersGranted,
                          List<CaseRates.Rate> cases, List<DeskReports.PerformanceRow> responses) {

        public int alertsResolvedTotal() {
            return alertsResolved.values().stream().mapToInt(Integer::intValue).sum();
        }

        public CaseRates.Rate overall() {
            return cases.stream().filter(r -> r.dimension() == CaseRates.Dimension.ALL).findFirst().orElse(null);
        }
    }

    private final Alerts alerts;
    private final Notices notices;
    private final Offers offers;
    private final CaseRates rates;
    private final DeskReports desk;
    private final Tenants tenants;
    private final MessageSource messages;

    AccountHealthRecord(Alerts alerts, Notices notices, Offers offers, CaseRates rates, DeskReports desk, Tenants tenants,
                        MessageSource messages) {
        this.alerts = alerts;
        this.notices = notices;
        this.offers = offers;
        this.rates = rates;
        this.desk = desk;
        this.tenants = tenants;
        this.messages = messages;
    }

    public Figures figures(Actor actor, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("from: must be before to");
        }
        return new Figures(from, to, alerts.resolvedByRule(actor, from, to), notices.sentBetween(actor, from, to),
                offers.grantedBetween(actor, from, to), rates.of(actor, from, to),
                desk.performance(actor, from, to, DeskReports.Dimension.MARKET));
    }

    /** The record as a PDF in English or Chinese. */
    public byte[] pdf(Actor actor, Instant from, Instant to, String language) {
        Figures f = figures(actor, from, to);
        Locale locale = "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        String period = DAY.format(from) + " – " + DAY.format(to.minusSeconds(1));
        PdfReport pdf = PdfReport.titled(text(locale, "cases.health.title", tenants.tenantName(actor.tenant())), to)
                .paragraph(text(locale, "cases.health.intro", period));

        pdf.heading(text(locale, "cases.health.logistics"));
        List<List<String>> alertRows = new ArrayList<>();
        f.alertsResolved().forEach((rule, n) -> alertRows.add(List.of(rule.name(), String.valueOf(n))));
        alertRows.add(List.of(text(locale, "cases.health.total"), String.valueOf(f.alertsResolvedTotal())));
        pdf.table(List.of(text(locale, "cases.health.rule"), text(locale, "cases.health.resolved")), alertRows, 3, 1);

        pdf.heading(text(locale, "cases.health.notices"));
        pdf.table(List.of(text(locale, "cases.health.scenario"), text(locale, "cases.health.sent")),
                counted(f.noticesSent(), locale), 3, 1);

        pdf.heading(text(locale, "cases.health.offers"));
        pdf.table(List.of(text(locale, "cases.health.offerKind"), text(locale, "cases.health.granted")),
                counted(f.offersGranted(), locale), 3, 1);

        pdf.heading(text(locale, "cases.health.claims"));
        pdf.table(List.of(text(locale, "cases.health.group"), text(locale, "cases.health.cases"),
                        text(locale, "cases.health.won"), text(locale, "cases.health.decided"),
                        text(locale, "cases.health.winRate"), text(locale, "cases.health.recoveryRate")),
                f.cases().stream().filter(r -> r.dimension() == CaseRates.Dimension.ALL || r.dimension() == CaseRates.Dimension.TYPE)
                        .map(r -> List.of(r.key().isEmpty() ? text(locale, "cases.health.total")
                                        : text(locale, "cases.type." + r.key()), String.valueOf(r.cases()),
                                String.valueOf(r.won()), String.valueOf(r.decided()), percent(r.winRate()),
                                percent(r.recoveryRate()))).toList(), 3, 1, 1, 1, 1, 1);

        pdf.heading(text(locale, "cases.health.responses"));
        pdf.table(List.of(text(locale, "cases.field.market"), text(locale, "cases.health.tickets"),
                        text(locale, "cases.health.firstResponse"), text(locale, "cases.health.resolution"),
                        text(locale, "cases.health.sla")),
                f.responses().stream().map(r -> List.of(r.label(), String.valueOf(r.tickets()),
                        number(r.firstResponseMinutesP50()) + " / " + number(r.firstResponseMinutesP90()),
                        number(r.resolutionHoursP50()) + " / " + number(r.resolutionHoursP90()),
                        r.firstResponseSla() == null ? "-" : Math.round(r.firstResponseSla() * 100) + " %")).toList(),
                1, 1, 2, 2, 1);
        pdf.footer(text(locale, "cases.health.footer", period));
        return pdf.toBytes();
    }

    /** A row per key with its count, and the total. */
    private List<List<String>> counted(Map<? extends Enum<?>, Integer> counts, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((key, n) -> rows.add(List.of(key.name(), String.valueOf(n))));
        rows.add(List.of(text(locale, "cases.health.total"),
                String.valueOf(counts.values().stream().mapToInt(Integer::intValue).sum())));
        return rows;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String percent(java.math.BigDecimal rate) {
        return rate == null ? "-" : rate.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + " %";
    }

    private static String number(Double d) {
        return d == null ? "-" : String.valueOf(Math.round(d));
    }
}
