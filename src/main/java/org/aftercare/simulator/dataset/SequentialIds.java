package org.aftercare.simulator.dataset;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Reproducible ids that ascend with the index, like UUIDv7 ascends with time: the first 32 bits
 * name the series (tenant, seed and kind), the next 28 the index, the rest is a hash. Ascending
 * keys append to the end of each B-tree (shipment primary key, tracking_event by shipment) instead
 * of touching a random page per row, which is what keeps COPY fast once an index outgrows memory.
 * RFC 9562 version 8 ("custom") layout.
 */
final class SequentialIds {

    static final int MAX_INDEX = (1 << 28) - 1;

    private final long series;

    SequentialIds(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            this.series = ByteBuffer.wrap(digest).getLong();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    UUID of(int index) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("index out of range: " + index);
        }
        long msb = (series & 0xFFFF_FFFF_0000_0000L)
                | (long) (index >>> 12) << 16
                | 0x8000L
                | index & 0xFFF;
        long lsb = mix(series + index) & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The MurmurHash3 finalizer: spreads every input bit over the result. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
