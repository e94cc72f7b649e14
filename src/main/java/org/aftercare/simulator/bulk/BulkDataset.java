package org.aftercare.simulator.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.aftercare.simulator.Generated;
import org.aftercare.simulator.Scenario;
import org.aftercare.simulator.Simulator;
import org.aftercare.simulator.SimulatorProperties;
import org.aftercare.simulator.world.Storefronts;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The large-dataset command: {@code --aftercare.simulator.bulk.shipments=1000000} fills the tenant
 * "Bulk Seller" (created if missing) over parallel COPY streams, prints what it wrote and how fast,
 * optionally writes buyer messages and return requests as JSON Lines, and exits. A tenant that
 * already holds simulated orders is left alone.
 */
@Component
@ConditionalOnProperty(name = "aftercare.simulator.bulk.shipments")
class BulkDataset implements ApplicationRunner {

    static final String TENANT = "Bulk Seller";
    /** The orders end a week ago, so that nearly all of them are shipped by now. */
    static final int DAYS_BEFORE_NOW = 7;

    private static final Logger log = LoggerFactory.getLogger(BulkDataset.class);

    private final Tenants tenants;
    private final Shops shops;
    private final Simulator simulator;
    private final SimulatorProperties.Bulk settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ConfigurableApplicationContext context;

    BulkDataset(Tenants tenants, Shops shops, Simulator simulator, SimulatorProperties properties,
                TransactionTemplate transactions, Clock clock, ConfigurableApplicationContext context) {
        this.tenants = tenants;
        this.shops = shops;
        this.simulator = simulator;
        this.settings = properties.bulk();
        this.transactions = transactions;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.shipments() <= 0) {
            return;
        }
        TenantId tenant = tenants.findTenantByName(TENANT).orElseGet(() -> transactions.execute(tx -> create()));
        LocalDate until = settings.until() != null ? settings.until() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate lastDay = until.minusDays(DAYS_BEFORE_NOW);
        Scenario scenario = new Scenario(settings.seed(), settings.shipments(), lastDay.minusDays(settings.days() - 1L),
                lastDay, until.atStartOfDay(ZoneOffset.UTC).toInstant());
        log.info("Simulator bulk: generating {} orders (seed {}) into {} over {} COPY stream(s)",
                settings.shipments(), settings.seed(), TENANT, settings.streams());
        Generated generated = simulator.populateInBulk(tenant, scenario, settings.chunk(), settings.streams());
        String figures = generated == Generated.NOTHING
                ? TENANT + " already holds simulated data; nothing written"
                : generated.toString();
        System.out.println("Simulator bulk: " + figures);
        log.info("Simulator bulk: {}", figures);
        if (settings.messagesOut() != null && !settings.messagesOut().isBlank()) {
            writeMessages(Path.of(settings.messagesOut()));
        }
        if (settings.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    private TenantId create() {
        TenantId tenant = tenants.createTenant(TENANT, "SELLER", null);
        Storefronts.inAllMarkets(TENANT).forEach(shop -> shops.create(tenant, shop));
        return tenant;
    }

    /** Buyer messages and return requests, one JSON object per line, each with a "type". */
    void writeMessages(Path file) {
        JsonMapper json = JsonMapper.builder().build();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (var message : Simulator.buyerMessages(settings.seed(), settings.messages())) {
                out.write(line(json, "buyer_message", message));
            }
            for (var request : Simulator.returnRequests(settings.seed(), settings.messages())) {
                out.write(line(json, "return_request", request));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Simulator bulk: wrote " + settings.messages() + " buyer messages and "
                + settings.messages() + " return requests to " + file.toAbsolutePath());
    }

    private static String line(JsonMapper json, String type, Object record) {
        ObjectNode line = json.createObjectNode();
        line.put("type", type);
        line.setAll((ObjectNode) json.valueToTree(record));
        return json.writeValueAsString(line) + "\n";
    }
}
