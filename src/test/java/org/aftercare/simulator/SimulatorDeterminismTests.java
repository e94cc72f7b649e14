package org.aftercare.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.aftercare.simulator.dataset.Dataset;
import org.aftercare.simulator.dataset.SimulatedOrder;
import org.junit.jupiter.api.Test;

/** Same seed and settings, same data — ids included; another seed, other data. */
class SimulatorDeterminismTests {

    @Test
    void theSameSeedGivesTheSameOrdersShipmentsAndEvents() throws Exception {
        String first = hash(generate(42));
        String second = hash(generate(42));

        assertThat(second).isEqualTo(first);
        assertThat(hash(generate(43))).isNotEqualTo(first);
    }

    @Test
    void anOrderIsTheSameWhicheverChunkGeneratesIt() {
        Dataset dataset = new Dataset(SimulatedWorld.TENANT, SimulatedWorld.SHOPS, SimulatedWorld.aYear(42, 3_000));

        assertThat(dataset.slice(1_500, 1_510)).isEqualTo(dataset.slice(0, 3_000).subList(1_500, 1_510));
        assertThat(dataset.order(2_999)).isEqualTo(dataset.slice(2_990, 3_000).getLast());
    }

    @Test
    void theSameSeedGivesTheSameMessagesAndReturns() throws Exception {
        assertThat(hash(Simulator.buyerMessages(9, 2_000))).isEqualTo(hash(Simulator.buyerMessages(9, 2_000)));
        assertThat(hash(Simulator.returnRequests(9, 2_000))).isEqualTo(hash(Simulator.returnRequests(9, 2_000)));
        assertThat(Simulator.buyerMessages(9, 50)).isNotEqualTo(Simulator.buyerMessages(10, 50));
    }

    private static List<SimulatedOrder> generate(long seed) {
        return new Dataset(SimulatedWorld.TENANT, SimulatedWorld.SHOPS, SimulatedWorld.aYear(seed, 3_000))
                .slice(0, 3_000);
    }

    private static String hash(List<?> records) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Object record : records) {
            digest.update(record.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
