package org.aftercare.desk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox and the ticket view over 1,000,000 tickets and 10,000,000 messages, under 100
 * concurrent API requests on loopback. Target: p99 ≤ 100 ms for both. The data is generated once
 * into target/bench-pg-desk and reused by later runs. Run with {@code bench/desk.sh}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aftercare.database.embedded.ephemeral=false", "aftercare.database.embedded.data-dir=target/bench-pg-desk",
        "logging.level.root=WARN", "spring.datasource.hikari.maximum-pool-size=8"})
class InboxBenchmark {

    static final String TENANT = "Desk benchmark seller";
    static final String TOKEN = "ac_bench_desk_token";
    static final int TICKETS = Integer.getInteger("bench.tickets", 1_000_000);
    static final int MESSAGES_PER_TICKET = 10;
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 100);
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 15));
    static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    /** Requests per second all clients offer together; 0 = each client sends its next request as soon as the last returns. */
    static final int RATE = Integer.getInteger("bench.rate", 0);

    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @LocalServerPort int port;

    @Test
    void inboxAndTicketUnderLoad() throws Exception {
        long started = System.nanoTime();
        TenantId tenant = tenants.findTenantByName(TENANT).orElseGet(this::generate);
        double generated = (System.nanoTime() - started) / 1e9;
        long tickets = jdbc.sql("select count(*) from ticket where tenant_id = :t").param("t", tenant.value()).query(Long.class).single();
        if (tickets != TICKETS) {
            throw new IllegalStateException("target/bench-pg-desk holds " + tickets + " tickets, not " + TICKETS
                    + " (an interrupted generation or another size): delete it and run again");
        }
        long messages = jdbc.sql("select count(*) from ticket_message where tenant_id = :t").param("t", tenant.value())
                .query(Long.class).single();
        long open = jdbc.sql("select count(*) from ticket where tenant_id = :t and status not in ('SOLVED', 'CLOSED')")
                .param("t", tenant.value()).query(Long.class).single();
        List<UUID> ids = jdbc.sql("select id from ticket where tenant_id = :t order by md5(id::text) limit 20000")
                .param("t", tenant.value()).query(UUID.class).list();
        List<UUID> agents = jdbc.sql("select user_id from desk_team_member where tenant_id = :t")
                .param("t", tenant.value()).query(UUID.class).list();

        if (Boolean.getBoolean("bench.explain")) {
            explain(tenant);
        }
        var load = new Load(ids, agents);
        load.run(WARM_UP);
        load.reset();
        load.run(MEASURE);

        System.out.printf(Locale.ROOT, """

                === Desk inbox benchmark (%d concurrent API clients on loopback, %s, %d s measured after %d s warm-up) ===
                data: %,d tickets (%,d open), %,d messages%s
                inbox list (GET /api/v1/desk/tickets, 50 per page, mixed filters): %s
                ticket open (GET /api/v1/desk/tickets/{id}, ~10 messages):      %s
                %s
                throughput: %.0f requests/s, errors: %d
                load average: %s
                reproduce: bench/desk.sh
                """, CONCURRENCY, RATE == 0 ? "each sending as fast as answered" : "offering " + RATE + " requests/s together",
                MEASURE.toSeconds(), WARM_UP.toSeconds(), tickets, open, messages,
                generated > 1 ? String.format(Locale.ROOT, " (generated in %.0f s)", generated) : " (reused)",
                load.inbox.summary(), load.ticket.summary(),
                load.variants.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> "  " + e.getKey() + ": " + e.getValue().summary())
                        .collect(java.util.stream.Collectors.joining("\n")),
                (load.inbox.count() + load.ticket.count()) / (double) MEASURE.toSeconds(), load.errors.get(),
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
    }

    /** The plans of the inbox's statements, to see where a slow variant spends its time ({@code -Dbench.explain=true}). */
    private void explain(TenantId tenant) {
        String summary = """
                select t.*, c.name, u.display_name, o.order_number from ticket t join desk_contact c on c.id = t.contact_id
                  left join app_user u on u.id = t.assignee_id left join orders o on o.id = t.order_id
                """;
        String open = " where t.tenant_id = :t and t.status not in ('SOLVED', 'CLOSED')";
        for (String sql : List.of(
                summary + open + " order by t.sla_due_at nulls last, t.created_at, t.id limit 50",
                "select count(*) from (select 1 from ticket t" + open + " limit 10001) m",
                summary + open + " and t.market = 'DE' order by t.sla_due_at nulls last, t.created_at, t.id limit 50",
                summary + open + " and t.market = cast(:m as varchar) order by t.sla_due_at nulls last, t.created_at, t.id limit 51",
                "select count(*) from (select 1 from ticket t" + open + " and t.market = 'DE' limit 10001) m",
                "select count(*) from (select 1 from ticket t" + open + " and t.escalated_at is not null limit 10001) m",
                summary + " where t.tenant_id = :t and t.status = any('{PENDING_BUYER}') order by t.updated_at desc, t.id limit 50",
                "select count(*) from (select 1 from ticket t where t.tenant_id = :t and t.status = any('{PENDING_BUYER}') limit 10001) m")) {
            System.out.println("EXPLAIN " + sql);
            var statement = jdbc.sql("explain (analyze, buffers) " + sql).param("t", tenant.value());
            if (sql.contains(":m")) {
                statement = statement.param("m", "DE");
            }
            statement.query(String.class).list()
                    .forEach(line -> System.out.println("    " + line));
        }
    }

    /** Latencies of one kind of request, in microseconds. */
    static final class Latencies {
        final ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();

        void add(long micros) {
            samples.add(micros);
        }

        int count() {
            return samples.size();
        }

        String summary() {
            long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return "no samples";
            }
            return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%,d requests)",
                    at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1000.0, sorted.length);
        }

        private static double at(long[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
        }
    }

    final class Load {
        final List<UUID> tickets;
        final List<UUID> agents;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        Latencies inbox = new Latencies();
        Latencies ticket = new Latencies();
        java.util.Map<String, Latencies> variants = new java.util.concurrent.ConcurrentHashMap<>();
        final AtomicInteger errors = new AtomicInteger();

        Load(List<UUID> tickets, List<UUID> agents) {
            this.tickets = tickets;
            this.agents = agents;
        }

        void reset() {
            inbox = new Latencies();
            ticket = new Latencies();
            variants.clear();
            errors.set(0);
        }

        void run(Duration duration) throws InterruptedException {
            long until = System.nanoTime() + duration.toNanos();
            try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < CONCURRENCY; c++) {
                    int client = c;
                    clients.submit(() -> {
                        var random = new SplittableRandom(client);
                        // at a fixed rate, each client has its own schedule; a request's time counts from when it
                        // was due, so a server falling behind shows in the figures (no coordinated omission)
                        long period = RATE == 0 ? 0 : 1_000_000_000L * CONCURRENCY / RATE;
                        long due = System.nanoTime() + (period == 0 ? 0 : random.nextLong(period));
                        while (System.nanoTime() < until) {
                            if (period > 0) {
                                long wait = due - System.nanoTime();
                                if (wait > 0) {
                                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                                }
                            }
                            boolean list = random.nextBoolean();
                            String path = list ? inboxPath(random) : "/api/v1/desk/tickets/" + tickets.get(random.nextInt(tickets.size()));
                            long t0 = period > 0 ? due : System.nanoTime();
                            due += period;
                            try {
                                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                        .header("Authorization", "Bearer " + TOKEN).GET().build(),
                                        HttpResponse.BodyHandlers.ofByteArray());
                                long micros = (System.nanoTime() - t0) / 1000;
                                if (response.statusCode() != 200) {
                                    errors.incrementAndGet();
                                }
                                (list ? inbox : ticket).add(micros);
                                if (list) {
                                    variants.computeIfAbsent(path.replaceAll("=[^&]*", "="), k -> new Latencies()).add(micros);
                                }
                            }
                            catch (Exception e) {
                                errors.incrementAndGet();
                            }
                        }
                        return null;
                    });
                }
            }
        }

        private String inboxPath(SplittableRandom random) {
            return switch (random.nextInt(6)) {
                case 0 -> "/api/v1/desk/tickets";
                case 1 -> "/api/v1/desk/tickets?market=" + List.of("DE", "FR", "IT", "ES", "GB").get(random.nextInt(5));
                case 2 -> "/api/v1/desk/tickets?assignee=" + agents.get(random.nextInt(agents.size()));
                case 3 -> "/api/v1/desk/tickets?page=" + (1 + random.nextInt(5));
                case 4 -> "/api/v1/desk/tickets?status=PENDING_BUYER&sort=UPDATED";
                default -> "/api/v1/desk/tickets?escalated=true";
            };
        }
    }

    /** One tenant, five shops, 20 agents in two teams, 400,000 contacts, the tickets and their messages. */
    private TenantId generate() {
        TenantId tenant = tenants.createTenant(TENANT, "SELLER", null);
        UserId owner = tenants.createUser("bench-owner@desk.bench", "Bench owner", "bench-password-1", "en");
        tenants.grant(owner, tenant, Role.OWNER, Set.of());
        tenants.registerApiToken(tenant, "bench", Role.OWNER, TOKEN, owner);
        for (String market : List.of("DE", "FR", "IT", "ES", "GB")) {
            shops.create(tenant, new Shops.NewShop("Bench " + market, null, market, market.equals("GB") ? "GBP" : "EUR",
                    "Europe/Berlin", List.of("en"), null));
        }
        List<UUID> agents = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UserId agent = tenants.createUser("agent-" + i + "@desk.bench", "Agent " + i, "bench-password-1", "en");
            tenants.grant(agent, tenant, Role.AGENT, Set.of());
            agents.add(agent.value());
        }
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("set local session_replication_role = replica").update();
            var t = tenant.value();
            jdbc.sql("""
                    insert into desk_team (id, tenant_id, name, created_at) values (gen_random_uuid(), :t, 'A', now()),
                                                                                   (gen_random_uuid(), :t, 'B', now())
                    """).param("t", t).update();
            jdbc.sql("""
                    insert into desk_team_member (team_id, user_id, tenant_id)
                    select (select id from desk_team where tenant_id = :t and name = case when a.n % 2 = 0 then 'A' else 'B' end),
                           a.id, :t
                      from unnest(cast(:agents as uuid[])) with ordinality as a(id, n)
                    """).param("t", t).param("agents", agents.toArray(UUID[]::new)).update();
            jdbc.sql("""
                    insert into desk_contact (id, tenant_id, shop_id, channel, address, name, created_at)
                    select md5('contact' || n)::uuid, :t, s.id, case when n % 3 = 0 then 'EMAIL' else 'TIKTOK_CHAT' end,
                           'buyer-' || n || '@example.com', 'Buyer ' || n, now() - interval '400 days'
                      from generate_series(0, 399999) n
                      join (select id, row_number() over (order by market) - 1 as k from shop where tenant_id = :t) s
                        on s.k = n % 5
                    """).param("t", t).update();
        });
        int chunk = 100_000;
        for (int from = 0; from < TICKETS; from += chunk) {
            int start = from;
            transactions.executeWithoutResult(tx -> {
                jdbc.sql("set local session_replication_role = replica").update();
                insertTickets(tenant.value(), agents, start, Math.min(chunk, TICKETS - start));
            });
        }
        jdbc.sql("select setval('ticket_number', (select max(number) from ticket))").query().singleValue();
        jdbc.sql("vacuum analyze desk_contact").update();
        jdbc.sql("vacuum analyze ticket").update();
        jdbc.sql("vacuum analyze ticket_message").update();
        jdbc.sql("vacuum analyze ticket_event").update();
        return tenant;
    }

    private void insertTickets(UUID t, List<UUID> agents, int from, int count) {
        jdbc.sql("""
                insert into ticket (id, tenant_id, shop_id, number, market, channel, contact_id, subject, status, priority,
                                    language, language_supported, intent, risk, escalated_at, team_id, assignee_id,
                                    message_count, created_at, updated_at, last_inbound_at, first_replied_at, solved_at,
                                    closed_at, first_response_due_at, resolution_due_at, sla_due_at, skus)
                select md5('ticket' || n)::uuid, :t, c.shop_id, n + 1, s.market, c.channel, c.id,
                       'Where is my order ' || n,
                       case when n % 20 <> 0 then case when n % 7 = 0 then 'SOLVED' else 'CLOSED' end
                            else (array['NEW', 'OPEN', 'PENDING_BUYER', 'PENDING_CARRIER'])[1 + (n / 20) % 4] end,
                       (array['NORMAL', 'NORMAL', 'HIGH', 'LOW', 'URGENT'])[1 + n % 5], 'en', true,
                       (array['WHERE_IS_MY_ORDER', 'RETURN_OR_REFUND', 'SIZE_MISMATCH', 'DAMAGED_OR_QUALITY', 'OTHER'])[1 + n % 5],
                       (n * 37) % 100, case when n % 53 = 0 then created end,
                       tm.id, (cast(:agents as uuid[]))[1 + n % 20], 10, created, created + interval '2 hours', created,
                       created + interval '1 hour',
                       case when n % 20 <> 0 then created + interval '1 day' end,
                       case when n % 20 <> 0 and n % 7 <> 0 then created + interval '5 days' end,
                       created + interval '4 hours', created + interval '3 days',
                       case when n % 20 = 0 then now() + ((n::bigint * 7919) % 4320 - 1440) * interval '1 minute' end,
                       array['SKU-' || n % 500]
                  from generate_series(:from, :from + :count - 1) n
                  cross join lateral (select now() - case when n % 20 = 0 then (n % 4320) * interval '1 minute'
                                                          else (n % 525600) * interval '1 minute' end as created) x
                  join desk_contact c on c.id = md5('contact' || n % 400000)::uuid
                  join shop s on s.id = c.shop_id
                  join desk_team tm on tm.tenant_id = :t and tm.name = case when n % 2 = 0 then 'A' else 'B' end
                """)
                .param("t", t).param("agents", agents.toArray(UUID[]::new)).param("from", from).param("count", count)
                .update();
        jdbc.sql("""
                insert into ticket_message (id, tenant_id, ticket_id, kind, channel, author_name, body, language, intent,
                                            risk, delivery, at, created_at)
                select gen_random_uuid(), :t, tk.id, case when m % 2 = 1 then 'INBOUND' else 'REPLY' end, tk.channel,
                       case when m % 2 = 1 then 'Buyer' else 'Agent' end,
                       (array['Hello, my parcel has not arrived yet, the tracking has not moved for a week. Can you help?',
                              'Hallo, mein Paket ist noch nicht angekommen. Die Sendungsverfolgung zeigt seit Tagen nichts Neues.',
                              'Bonjour, mon colis n''est toujours pas arrivé. Pouvez-vous vérifier où il se trouve ?',
                              'Thank you for your patience. Your parcel is in customs in Frankfurt; we expect delivery within 3 to 5 days.',
                              'Buongiorno, il pacco è arrivato danneggiato, allego una foto. Vorrei un rimborso.'])[1 + (tk.n + m) % 5],
                       'en', 'WHERE_IS_MY_ORDER', 10, case when m % 2 = 0 then 'SENT' end,
                       tk.created_at + m * interval '10 minutes', tk.created_at + m * interval '10 minutes'
                  from (select id, channel, created_at, n from ticket cross join lateral (select number - 1 as n) k
                         where tenant_id = :t and number between :from + 1 and :from + :count) tk
                  cross join generate_series(1, :perTicket) m
                """)
                .param("t", t).param("from", from).param("count", count).param("perTicket", MESSAGES_PER_TICKET)
                .update();
        jdbc.sql("""
                insert into ticket_event (tenant_id, ticket_id, at, actor, action, from_value, to_value)
                select :t, id, created_at, 'buyer', 'created', null, null
                  from ticket where tenant_id = :t and number between :from + 1 and :from + :count
                union all
                select :t, id, created_at + interval '1 hour', 'agent', 'status', 'NEW', status
                  from ticket where tenant_id = :t and number between :from + 1 and :from + :count
                """)
                .param("t", t).param("from", from).param("count", count).update();
    }
}
