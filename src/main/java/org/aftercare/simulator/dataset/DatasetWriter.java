package org.aftercare.simulator.dataset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.aftercare.logistics.ShipmentBulkWriter;
import org.aftercare.logistics.ShipmentBulkWriter.NewShipment;
import org.aftercare.orders.OrderBulkWriter;
import org.aftercare.simulator.Generated;
import org.aftercare.tenancy.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a dataset in chunks through the modules' bulk writers. Each chunk (its orders, then its
 * shipments and events) is one transaction. With one stream everything runs in the caller's thread
 * and joins the caller's transaction; with more, each stream generates and COPYs its own chunks on
 * its own connection, so generating in Java and parsing in PostgreSQL overlap.
 */
@Component
public class DatasetWriter {

    private final OrderBulkWriter orders;
    private final ShipmentBulkWriter shipments;
    private final TransactionTemplate transactions;

    DatasetWriter(OrderBulkWriter orders, ShipmentBulkWriter shipments, TransactionTemplate transactions) {
        this.orders = orders;
        this.shipments = shipments;
        this.transactions = transactions;
    }

    public Generated write(TenantId tenant, Dataset dataset, int chunkSize, int streams) {
        long start = System.nanoTime();
        Counts counts = new Counts();
        AtomicInteger nextChunk = new AtomicInteger();
        Runnable stream = () -> {
            int from;
            while ((from = nextChunk.getAndIncrement() * chunkSize) < dataset.size()) {
                List<SimulatedOrder> chunk = dataset.slice(from, Math.min(from + chunkSize, dataset.size()));
                transactions.executeWithoutResult(tx -> write(tenant, chunk, counts));
            }
        };
        if (streams <= 1) {
            stream.run();
        }
        else {
            runInParallel(stream, streams);
        }
        return new Generated(counts.orders.get(), counts.shipments.get(), counts.events.get(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private void write(TenantId tenant, List<SimulatedOrder> chunk, Counts counts) {
        orders.write(tenant, chunk.stream().map(SimulatedOrder::order).toList());
        List<NewShipment> shipped = chunk.stream().map(SimulatedOrder::shipment).filter(Objects::nonNull).toList();
        ShipmentBulkWriter.Written written = shipments.write(tenant, shipped);
        counts.orders.addAndGet(chunk.size());
        counts.shipments.addAndGet(written.shipments());
        counts.events.addAndGet(written.events());
    }

    private static void runInParallel(Runnable stream, int streams) {
        try (ExecutorService executor = Executors.newFixedThreadPool(streams)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < streams; i++) {
                running.add(executor.submit(stream));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        catch (ExecutionException e) {
            throw new IllegalStateException("Writing the dataset failed", e.getCause());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the dataset", e);
        }
    }

    private static final class Counts {
        final AtomicLong orders = new AtomicLong();
        final AtomicLong shipments = new AtomicLong();
        final AtomicLong events = new AtomicLong();
    }
}
