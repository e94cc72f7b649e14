package org.aftercare.cases;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.evidence.EvidenceArchive;
import org.aftercare.evidence.EvidenceKind;
import org.aftercare.evidence.NewEvidence;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dossier of a case with 50 items totalling 200 MB (4 MB packing videos), streamed: wall time of
 * {@link Dossiers#writeZip} to a hashing sink, and the heap it grows by, sampled every 5 ms against
 * the heap after a full collection before the run. Run with {@code bench/dossier.sh}.
 */
@Tag("bench")
@SpringBootTest
@Import(TestClock.Config.class)
class DossierBenchmark {

    static final int ITEMS = Integer.getInteger("bench.items", 50);
    static final int SIZE = Integer.getInteger("bench.itemBytes", 4 * 1024 * 1024);
    static final int RUNS = Integer.getInteger("bench.runs", 5);

    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Parcels parcels;
    @Autowired Cases cases;
    @Autowired Dossiers dossiers;
    @Autowired EvidenceArchive archive;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @Test
    void dossierOf50ItemsTotalling200Mb() throws Exception {
        TestTenant seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
        Actor agent = new Actor("bench", seller.owner(), seller.id(), Role.AGENT, Set.of());
        ShipmentId parcel = parcels.delivered(seller.shop(), "YUNEXPRESS");
        String number = "BENCH-" + UUID.randomUUID().toString().substring(0, 8);
        OrderId order = orders.create(agent, new NewOrder(seller.shop().id(), number, clock.instant().minus(Duration.ofDays(12)),
                new NewOrder.NewBuyer("buyer-" + number, "Sam Buyer", "sam@example.com", null, "US", "en", null),
                List.of(new NewOrder.Line("JACKET-BLK", "Black jacket", Money.of("35.00", "USD"), 1, false)), "API")).order();
        jdbc.sql("update shipment set order_id = :o where id = :id").param("o", order.value()).param("id", parcel.value()).update();
        Case c = cases.open(agent, new NewCase(order, null, CaseType.PLATFORM_DISPUTE, CaseReason.MISSING_ITEMS, null, null,
                null, null));
        Random random = new Random(42);
        long total = 0;
        for (int i = 0; i < ITEMS; i++) {
            byte[] video = mp4(random, SIZE);
            total += video.length;
            archive.add(agent, new NewEvidence(order, null, c.id().value(), EvidenceKind.PACKING_VIDEO,
                    "packing-" + i + ".mp4", clock.instant(), "upload"), new ByteArrayInputStream(video));
        }
        System.out.printf("%n=== Dossier benchmark: %d items, %.1f MB of files ===%n", ITEMS, total / 1048576.0);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int run = 1; run <= RUNS; run++) {
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    }
                    catch (InterruptedException e) {
                        return;
                    }
                }
            });
            HashingSink sink = new HashingSink();
            long start = System.nanoTime();
            dossiers.writeZip(agent, c.id(), "en", sink);
            long nanos = System.nanoTime() - start;
            running.set(false);
            sampler.join();
            System.out.printf("run %d: %.2f s, ZIP %.1f MB, %.0f MB/s, heap growth (peak - baseline) %.1f MB, zip sha256 %s%n",
                    run, nanos / 1e9, sink.bytes / 1048576.0, sink.bytes / 1048576.0 / (nanos / 1e9),
                    (peak.get() - baseline) / 1048576.0, sink.hex().substring(0, 16));
        }
        System.out.println("reproduce: bench/dossier.sh");
    }

    /** An MP4 header (ftyp box) and random bytes: a packing video as far as type detection is concerned. */
    static byte[] mp4(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        byte[] header = "\0\0\0\u0018ftypisom\0\0\u0002\0isomiso2avc1mp41".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, bytes, 0, header.length);
        ByteBuffer.wrap(bytes, header.length, 8).putInt(size - header.length).put("mdat".getBytes(StandardCharsets.US_ASCII));
        return bytes;
    }

    static final class HashingSink extends OutputStream {

        final MessageDigest digest;
        long bytes;

        HashingSink() throws Exception {
            digest = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
            bytes += len;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
