package org.aftercare.orders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the orders module.
 *
 * @param importBatchSize  orders written per transaction by a CSV import
 * @param importMaxRows    lines one CSV file may hold; an import keeps its orders in memory until
 *                         the file is read, because one order's lines may be spread over the file
 * @param maxPageSize      the most orders one list request returns
 * @param defaultPageSize  orders per page when the client does not ask
 */
@ConfigurationProperties("aftercare.orders")
public record OrdersProperties(@DefaultValue("500") int importBatchSize,
                               @DefaultValue("100000") int importMaxRows,
                               @DefaultValue("100") int maxPageSize,
                               @DefaultValue("25") int defaultPageSize) {
}
