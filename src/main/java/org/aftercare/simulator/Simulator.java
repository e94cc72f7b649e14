package org.aftercare.simulator;

import java.util.List;

import org.aftercare.orders.OrderBulkWriter;
import org.aftercare.simulator.dataset.Dataset;
import org.aftercare.simulator.dataset.DatasetWriter;
import org.aftercare.simulator.messages.BuyerMessages;
import org.aftercare.simulator.messages.ReturnRequests;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates realistic, reproducible cross-border after-sales data: orders of a tenant's shops with
 * their shipments and tracking histories (written to the database), and buyer messages and return
 * requests (returned as records until the desk and returns modules exist to store them).
 * The same seed and settings always give the same data, ids included.
 */
@Service
public class Simulator {

    /** Chunk size of a single-stream run; small enough to keep memory flat. */
    static final int CHUNK = 2_000;

    private final Shops shops;
    private final OrderBulkWriter orders;
    private final DatasetWriter writer;

    Simulator(Shops shops, OrderBulkWriter orders, DatasetWriter writer) {
        this.shops = shops;
        this.orders = orders;
        this.writer = writer;
    }

    /**
     * Fills a tenant's shops with the scenario's orders, shipments and events, all in the caller's
     * transaction (or one of its own). A tenant the simulator has already filled is left as it is.
     */
    @Transactional
    public Generated populate(TenantId tenant, Scenario scenario) {
        if (orders.hasOrdersFrom(tenant, Dataset.SOURCE)) {
            return Generated.NOTHING;
        }
        return writer.write(tenant, new Dataset(tenant, shops.of(tenant), scenario), CHUNK, 1);
    }

    /**
     * Fills a tenant like {@link #populate} but over several connections at once, one transaction
     * per chunk: for benchmark-sized datasets. A run that fails leaves the chunks written so far.
     */
    public Generated populateInBulk(TenantId tenant, Scenario scenario, int chunk, int streams) {
        if (orders.hasOrdersFrom(tenant, Dataset.SOURCE)) {
            return Generated.NOTHING;
        }
        List<Shop> tenantShops = shops.of(tenant);
        return writer.write(tenant, new Dataset(tenant, tenantShops, scenario), chunk, streams);
    }

    /** {@code count} buyer messages across markets, languages and intents. */
    public static List<BuyerMessage> buyerMessages(long seed, int count) {
        return BuyerMessages.generate(seed, count);
    }

    /** {@code count} return requests with their reasons and the buyers' own words. */
    public static List<ReturnRequest> returnRequests(long seed, int count) {
        return ReturnRequests.generate(seed, count);
    }
}
