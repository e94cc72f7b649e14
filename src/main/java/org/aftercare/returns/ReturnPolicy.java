package org.aftercare.returns;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.aftercare.shared.Money;
import org.aftercare.tenancy.ShopId;

/**
 * The return policy in force for one shop in one market: the module's defaults with the shop's
 * overrides applied. Money limits are in the market's currency; null means "no such limit".
 *
 * @param customized whether the shop has overridden any default
 */
public record ReturnPolicy(ShopId shop, String market, String currency, int windowDays, RefundTiming refundTiming,
                           String changedMindShippingPaidBy, ReturnAction minorDefectOffer, int partialRefundPercent,
                           boolean exchangeFirst, List<String> nonReturnableSkuPrefixes, int reviewReturnsIn90Days,
                           int reviewReturnsIn365Days, Money returnlessUpTo, Money minorDefectUpTo,
                           Money changedMindReviewAbove, Money reviewAbove, boolean customized) {

    public ReturnPolicy {
        nonReturnableSkuPrefixes = List.copyOf(nonReturnableSkuPrefixes);
    }

    /** The last day a buyer may ask, counted from the delivery day (day 0) in the market's calendar. */
    public LocalDate lastDay(LocalDate deliveredOn) {
        return deliveredOn.plusDays(windowDays);
    }

    public boolean nonReturnable(String sku) {
        for (String prefix : nonReturnableSkuPrefixes) {
            if (sku.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** SELLER when any line is the seller's fault; otherwise as the policy says for buyer-side reasons. */
    public String returnShippingPaidBy(Collection<ReturnReason> reasons) {
        return reasons.stream().anyMatch(ReturnReason::sellerFault) ? "SELLER" : changedMindShippingPaidBy;
    }
}
