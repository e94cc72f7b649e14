package org.aftercare.desk;

import java.util.List;

/**
 * What the desk knows is personal in a conversation: removed wherever it appears, in any spelling
 * of case and spacing. The anonymizer also finds what it was not told through patterns (greetings,
 * street addresses, phone numbers, e-mail addresses, long numbers), so each list may be empty.
 *
 * @param names        buyer's (and anyone else's) names, full or in parts
 * @param addressLines lines of the postal address as the order has them
 */
public record KnownPersonalData(List<String> names, List<String> addressLines, List<String> phones,
                                List<String> emails, List<String> orderNumbers, List<String> trackingNumbers) {

    public KnownPersonalData {
        names = names == null ? List.of() : List.copyOf(names);
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
        orderNumbers = orderNumbers == null ? List.of() : List.copyOf(orderNumbers);
        trackingNumbers = trackingNumbers == null ? List.of() : List.copyOf(trackingNumbers);
    }

    public static KnownPersonalData none() {
        return new KnownPersonalData(null, null, null, null, null, null);
    }
}
