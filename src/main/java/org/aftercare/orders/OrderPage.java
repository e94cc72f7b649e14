package org.aftercare.orders;

import java.util.List;

/** One page of orders, newest first. {@code hasNext} avoids counting a tenant's whole history. */
public record OrderPage(List<Order> orders, int page, int size, boolean hasNext) {

    public boolean hasPrevious() {
        return page > 0;
    }
}
