package org.aftercare.orders;

import java.time.Instant;
import java.util.List;

import org.aftercare.shared.Money;
import org.aftercare.tenancy.ShopId;

/**
 * An order as it arrives from the platform, a CSV file, the API or the simulator.
 *
 * @param source API, CSV, SIMULATOR or TIKTOK_SHOP
 */
public record NewOrder(ShopId shop, String orderNumber, Instant placedAt, NewBuyer buyer, List<Line> lines,
                       String source) {

    /** One order line; {@code hotProduct} marks ad-promoted or livestream items (watched closer). */
    public record Line(String sku, String title, Money unitPrice, int quantity, boolean hotProduct) {
    }

    /**
     * The buyer's contact data. {@code ref} is the platform's buyer id, or the e-mail when there is
     * none; it identifies the buyer within a shop.
     */
    public record NewBuyer(String ref, String name, String email, String phone, String country, String language,
                           String timeZone) {
    }

    public Money total() {
        Money total = Money.zero(lines.getFirst().unitPrice().currency());
        for (Line line : lines) {
            total = total.plus(line.unitPrice().times(line.quantity()));
        }
        return total;
    }
}
