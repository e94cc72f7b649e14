package org.aftercare.orders.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.aftercare.orders.NewOrder;
import org.aftercare.shared.csv.RowProblem;
import org.aftercare.tenancy.ShopId;

/**
 * The lines of one order number gathered from a file; they may be spread over it. All of them
 * must agree on when the order was placed, who bought and the currency — otherwise two different
 * orders share a number, and none of its lines is imported.
 */
final class OrderDraft {

    private final String orderNumber;
    private final List<OrderCsvRow> rows = new ArrayList<>();
    private final TreeSet<Long> lines = new TreeSet<>();
    private Long firstBadLine;

    OrderDraft(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    /** @return the problem with this row, if it does not fit the rows before */
    RowProblem add(OrderCsvRow row) {
        lines.add(row.line());
        if (rows.isEmpty()) {
            rows.add(row);
            return null;
        }
        OrderCsvRow first = rows.getFirst();
        RowProblem conflict = conflict(first, row);
        if (conflict != null) {
            reject(row.line());
            return conflict;
        }
        for (OrderCsvRow earlier : rows) {
            if (earlier.orderLine().equals(row.orderLine())) {
                // The same line twice, e.g. a file concatenated with itself: keep the order, drop the copy.
                lines.remove(row.line());
                return new RowProblem(row.line(), null, "duplicate of line " + earlier.line());
            }
        }
        rows.add(row);
        return null;
    }

    private RowProblem conflict(OrderCsvRow first, OrderCsvRow row) {
        String seen = "order " + orderNumber + " has another ";
        if (!first.placedAt().instant().equals(row.placedAt().instant())) {
            return new RowProblem(row.line(), CsvColumns.PLACED_AT, seen + "placed_at on line " + first.line()
                    + "; two orders share this number");
        }
        if (!Objects.equals(first.buyer(), row.buyer())) {
            return new RowProblem(row.line(), CsvColumns.BUYER_REF, seen + "buyer on line " + first.line()
                    + "; two orders share this number");
        }
        if (!first.orderLine().unitPrice().currency().equals(row.orderLine().unitPrice().currency())) {
            return new RowProblem(row.line(), CsvColumns.CURRENCY, seen + "currency on line " + first.line()
                    + "; one order is priced in one currency");
        }
        return null;
    }

    /** A line of this order is broken, so the order is not imported at all. */
    void reject(long line) {
        lines.add(line);
        if (firstBadLine == null || line < firstBadLine) {
            firstBadLine = line;
        }
    }

    boolean rejected() {
        return firstBadLine != null;
    }

    long firstBadLine() {
        return firstBadLine;
    }

    /** Every line of the file that belongs to this order, good or bad, in file order. */
    TreeSet<Long> lines() {
        return lines;
    }

    int rowCount() {
        return rows.size();
    }

    String orderNumber() {
        return orderNumber;
    }

    NewOrder toNewOrder(ShopId shop) {
        OrderCsvRow first = rows.getFirst();
        List<NewOrder.Line> orderLines = rows.stream().map(OrderCsvRow::orderLine).toList();
        return new NewOrder(shop, orderNumber, first.placedAt().instant(), first.buyer(), orderLines, "CSV");
    }
}
