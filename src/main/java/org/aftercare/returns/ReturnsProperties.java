package org.aftercare.returns;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.aftercare.shared.files.AttachmentCheck;

/**
 * The returns module's defaults, in one place; a shop overrides them per market (table
 * return_policy, {@code PUT /api/v1/returns/policy/{shop}}). Sources in docs/returns.md.
 *
 * @param windowDays               days from delivery a buyer may ask to return (30: the brief's 30–45 for
 *                                 cross-border; TikTok UK's extended return benefit is 30 days)
 * @param minWindowDays            the shortest window a shop may set: 14, the UK/EU statutory right
 * @param maxWindowDays            the longest: 90, TikTok US's money-back guarantee for damaged/defective items
 * @param refundTiming             when a returned item is refunded
 * @param changedMindShippingPaidBy who pays return shipping for buyer-side reasons (changed mind, size):
 *                                 BUYER or SELLER; seller-fault reasons are always the seller's
 * @param minorDefectOffer         PARTIAL_REFUND or COUPON, offered to keep an item with a minor defect
 * @param partialRefundPercent     share of the item value refunded (or given as a coupon) for a minor defect
 * @param exchangeFirstMarkets     markets where a size or colour problem is answered with an exchange first (E3)
 * @param nonReturnableSkuPrefixes SKUs starting with one of these are not returned for buyer-side reasons
 * @param reviewReturnsIn90Days    a buyer with this many earlier returns in 90 days is reviewed by a person
 * @param reviewReturnsIn365Days   the same over 365 days
 * @param limits                   money limits by currency (order currency); a currency not listed has none
 * @param reviewBusinessDays       the platform's review clock: business days to answer a request by hand
 * @param reviewBusinessDaysByMarket markets whose platform clock differs (TH: 1 working day)
 * @param extendedReviewBusinessDays the longer clock for high-value refunds (TikTok US: 4 business days over $100)
 * @param extendedReviewMarkets    markets where the longer clock applies
 * @param reviewWarningBefore      a request due within this is flagged DUE_SOON
 * @param photoMaxSize             the largest photo kept (a buyer's evidence photo, a warehouse's QC photo): 10 MB,
 *                                 a phone photo
 * @param photoTypes               photo types kept, as read from the bytes
 * @param photosPerRequest         the most photos a buyer sends with one request
 */
@ConfigurationProperties("aftercare.returns")
public record ReturnsProperties(@DefaultValue("30") int windowDays,
                                @DefaultValue("14") int minWindowDays,
                                @DefaultValue("90") int maxWindowDays,
                                @DefaultValue("ON_RECEIPT") RefundTiming refundTiming,
                                @DefaultValue("BUYER") String changedMindShippingPaidBy,
                                @DefaultValue("PARTIAL_REFUND") ReturnAction minorDefectOffer,
                                @DefaultValue("20") int partialRefundPercent,
                                @DefaultValue("FR") Set<String> exchangeFirstMarkets,
                                @DefaultValue("") List<String> nonReturnableSkuPrefixes,
                                @DefaultValue("3") int reviewReturnsIn90Days,
                                @DefaultValue("6") int reviewReturnsIn365Days,
                                Map<String, Limits> limits,
                                @DefaultValue("2") int reviewBusinessDays,
                                Map<String, Integer> reviewBusinessDaysByMarket,
                                @DefaultValue("4") int extendedReviewBusinessDays,
                                @DefaultValue("US") Set<String> extendedReviewMarkets,
                                @DefaultValue("12h") Duration reviewWarningBefore,
                                @DefaultValue("10MB") DataSize photoMaxSize,
                                @DefaultValue({"image/jpeg", "image/png", "image/webp", "image/heic"}) List<String> photoTypes,
                                @DefaultValue("10") int photosPerRequest) {

    /**
     * Amounts in one currency, compared with the order's values in that currency (no conversion).
     *
     * @param returnlessUpTo         a request worth at most this is refunded and the item kept (R4)
     * @param minorDefectUpTo        a quality defect on items worth at most this is a "minor defect"
     * @param changedMindReviewAbove a changed-mind request worth more is reviewed (fraud flag)
     * @param reviewAbove            any request worth more is reviewed by a person
     * @param extendedReviewAbove    refunds above this get the platform's longer review clock
     */
    public record Limits(BigDecimal returnlessUpTo, BigDecimal minorDefectUpTo, BigDecimal changedMindReviewAbove,
                         BigDecimal reviewAbove, BigDecimal extendedReviewAbove) {
    }

    /** 15 in USD, EUR and GBP: below what a cross-border return label costs (see docs/returns.md). */
    public static final Map<String, Limits> DEFAULT_LIMITS = Map.of(
            "USD", limits("15", "40", "150", "300", "100"),
            "EUR", limits("15", "40", "150", "300", "100"),
            "GBP", limits("15", "35", "130", "250", "80"),
            "MYR", limits("70", "180", "700", "1400", "450"));

    public ReturnsProperties {
        limits = limits == null || limits.isEmpty() ? DEFAULT_LIMITS : Map.copyOf(limits);
        reviewBusinessDaysByMarket = reviewBusinessDaysByMarket == null || reviewBusinessDaysByMarket.isEmpty()
                ? Map.of("TH", 1) : Map.copyOf(reviewBusinessDaysByMarket);
        nonReturnableSkuPrefixes = nonReturnableSkuPrefixes.stream().filter(p -> !p.isBlank()).toList();
    }

    private static Limits limits(String returnless, String minorDefect, String changedMindReview, String review,
                                 String extendedReview) {
        return new Limits(new BigDecimal(returnless), new BigDecimal(minorDefect), new BigDecimal(changedMindReview),
                new BigDecimal(review), new BigDecimal(extendedReview));
    }

    /** The check a photo passes before it is kept: size and type from the bytes. */
    public AttachmentCheck photoCheck() {
        return new AttachmentCheck(photoMaxSize.toBytes(), photoTypes);
    }

    /** The platform's review clock for a request in {@code market} whose refund would be {@code value}. */
    public int reviewBusinessDays(String market, Limits currencyLimits, BigDecimal value) {
        if (extendedReviewMarkets.contains(market) && currencyLimits != null
                && value.compareTo(currencyLimits.extendedReviewAbove()) > 0) {
            return extendedReviewBusinessDays;
        }
        return reviewBusinessDaysByMarket.getOrDefault(market, reviewBusinessDays);
    }
}
