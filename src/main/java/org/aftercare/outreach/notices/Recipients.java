package org.aftercare.outreach.notices;

import org.aftercare.orders.BuyerView;
import org.aftercare.outreach.Channel;

/** The buyer's address on each channel, and whether it can ever be delivered to. */
final class Recipients {

    private Recipients() {
    }

    /** E-mail, phone, or the platform's buyer id (a ref that is not an e-mail); null when the buyer has none. */
    static String addressOn(Channel channel, BuyerView buyer) {
        if (buyer == null || buyer.erased()) {
            return null;
        }
        String address = switch (channel) {
            case EMAIL -> buyer.email();
            case SMS -> buyer.phone();
            case TIKTOK_MESSAGE -> buyer.ref() != null && !buyer.ref().contains("@") ? buyer.ref() : null;
        };
        return address == null || address.isBlank() ? null : address.strip();
    }

    /**
     * Why the address can never be delivered to, or null when it looks deliverable; by
     * {@link AddressRules}, as a campaign's queueing checks it in SQL, with the same reasons.
     */
    static String problem(Channel channel, String address) {
        return switch (channel) {
            case EMAIL -> AddressRules.emailLooksDeliverable(address) ? null
                    : "invalid e-mail address '" + address + "'";
            case SMS -> AddressRules.phoneLooksDeliverable(address) ? null
                    : "invalid phone number '" + address + "': expected an international number like +4915112345678";
            case TIKTOK_MESSAGE -> null;
        };
    }
}
