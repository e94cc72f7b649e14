package org.aftercare.cases;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cases module's defaults, in one place; a shop overrides them (table case_settings,
 * {@code PUT /api/v1/cases/settings/{shop}}). Sources in docs/cases.md.
 *
 * @param disputeReplyBusinessDays        business days the seller has to answer a buyer's dispute or
 *                                        return request on TikTok Shop: 2 (seller review of return
 *                                        requests takes 1–2 days; US counts business days)
 * @param disputeReplyBusinessDaysByMarket markets whose review clock differs: TH answers in 1 working day
 * @param appealDays                      calendar days to appeal a platform decision: 7 (TikTok Shop TH/VN pages)
 * @param appealDaysByMarket              markets with a longer window: VN 15 (TikTok Shop VN FAQ)
 * @param carrierClaimDays                calendar days to file a claim with the carrier: 60 (UPS: 60 days
 *                                        from the scheduled delivery)
 * @param warnBusinessDays                a case is flagged this many business days before its deadline
 * @param escalateBusinessDays            and escalated (priority URGENT, managers told) this many before
 * @param acceptLossBelow                 per currency: below this amount a case of unclear liability is
 *                                        recommended to be refunded rather than fought (R10; Justt's
 *                                        auto-accept example is a price under 25 USD)
 * @param hourlyCost                      per currency: what an hour of an agent's time costs the seller
 * @param hoursToFight                    hours an agent spends on a case until its outcome
 * @param lossProbabilityUnclear          the chance of losing a case whose liability is unclear
 *                                        (delivered scan without proof, no carrier fault)
 */
@ConfigurationProperties("aftercare.cases")
public record CasesProperties(@DefaultValue("2") int disputeReplyBusinessDays,
                              Map<String, Integer> disputeReplyBusinessDaysByMarket,
                              @DefaultValue("7") int appealDays,
                              Map<String, Integer> appealDaysByMarket,
                              @DefaultValue("60") int carrierClaimDays,
                              @DefaultValue("2") int warnBusinessDays,
                              @DefaultValue("1") int escalateBusinessDays,
                              Map<String, BigDecimal> acceptLossBelow,
                              Map<String, BigDecimal> hourlyCost,
                              @DefaultValue("1.5") BigDecimal hoursToFight,
                              @DefaultValue("0.6") BigDecimal lossProbabilityUnclear) {

    public CasesProperties {
        disputeReplyBusinessDaysByMarket = disputeReplyBusinessDaysByMarket == null ? Map.of("TH", 1)
                : Map.copyOf(disputeReplyBusinessDaysByMarket);
        appealDaysByMarket = appealDaysByMarket == null ? Map.of("VN", 15) : Map.copyOf(appealDaysByMarket);
        acceptLossBelow = acceptLossBelow == null ? Map.of("USD", new BigDecimal("25"), "EUR", new BigDecimal("25"),
                "GBP", new BigDecimal("20"), "MYR", new BigDecimal("100")) : Map.copyOf(acceptLossBelow);
        hourlyCost = hourlyCost == null ? Map.of("USD", new BigDecimal("20"), "EUR", new BigDecimal("20"),
                "GBP", new BigDecimal("18"), "MYR", new BigDecimal("40")) : Map.copyOf(hourlyCost);
    }

    /** The defaults as they are without any configuration: for tests and the documentation. */
    public static CasesProperties defaults() {
        return new CasesProperties(2, null, 7, null, 60, 2, 1, null, null, new BigDecimal("1.5"), new BigDecimal("0.6"));
    }
}
