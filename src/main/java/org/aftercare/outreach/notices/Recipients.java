package org.aftercare.outreach.notices;

import java.util.regex.Pattern;

import org.aftercare.orders.BuyerView;
import org.aftercare.outreach.Channel;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** The buyer's address on each channel, and whether it can ever be delivered to. */
final class Recipients {

    private static final Pattern PHONE = Pattern.compile("\\+?[1-9][0-9]{6,14}");

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

    /** Why the address can never be delivered to, or null when it looks deliverable. */
    static String problem(Channel channel, String address) {
        return switch (channel) {
            case EMAIL -> {
                try {
                    new InternetAddress(address, true).validate();
                    yield address.contains("@") && address.substring(address.indexOf('@')).contains(".") ? null
                            : "invalid e-mail address '" + address + "': the domain has no dot";
                }
                catch (AddressException e) {
                    yield "invalid e-mail address '" + address + "': " + e.getMessage();
                }
            }
            case SMS -> PHONE.matcher(address.replaceAll("[\\s().-]", "")).matches() ? null
                    : "invalid phone number '" + address + "': expected an international number like +4915112345678";
            case TIKTOK_MESSAGE -> null;
        };
    }
}
