package org.aftercare.evidence;

import static org.aftercare.evidence.EvidenceFixtures.anOrder;
import static org.aftercare.evidence.EvidenceFixtures.owner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.evidence.retention.Retention;
import org.aftercare.evidence.store.FileStore;
import org.aftercare.evidence.store.LocalFileStore;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Kept 180 days after the order's last activity, held while a case is open, deleted with an audit entry. */
@SpringBootTest
@Import(TestClock.Config.class)
class RetentionTests {

    @Autowired EvidenceArchive archive;
    @Autowired Retention retention;
    @Autowired FileStore store;
    @Autowired org.aftercare.evidence.items.EvidenceRows rows;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    TestTenant seller;
    Actor actor;
    OrderId order;
    EvidenceItem item;
    Duration moved = Duration.ZERO;

    @BeforeEach
    void anOrderWithAStatement() {
        seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
        actor = owner(seller);
        order = anOrder(orders, seller, clock);
        item = archive.add(actor, NewEvidence.upload(order, EvidenceKind.CARRIER_STATEMENT, "statement.pdf"),
                new ByteArrayInputStream(EvidenceFixtures.pdf()));
    }

    @AfterEach
    void backToNow() {
        clock.advance(moved.negated());
    }

    void daysPass(int days) {
        clock.advance(Duration.ofDays(days));
        moved = moved.plusDays(days);
    }

    @Test
    void deletingInsideRetentionIsRefusedAndAudited() {
        daysPass(179);

        assertThatThrownBy(() -> archive.purge(actor, item.id()))
                .isInstanceOf(PurgeRefused.class)
                .hasMessageContaining("statement.pdf is kept until")
                .hasMessageContaining("180 days after the order's last activity");
        assertThat(archive.get(actor, item.id())).isEqualTo(item);
        assertThat(audited("evidence.purge-refused")).isEqualTo(1);
    }

    @Test
    void deletingUnderLegalHoldIsRefusedEvenAfterRetention() {
        archive.hold(seller.id(), order, "case 42");
        daysPass(400);

        assertThatThrownBy(() -> archive.purge(actor, item.id()))
                .isInstanceOf(PurgeRefused.class)
                .hasMessageContaining("under legal hold by case 42");
        assertThat(retention.purgeExpired()).as("the job leaves held orders alone").isGreaterThanOrEqualTo(0);
        assertThat(archive.get(actor, item.id())).isEqualTo(item);
    }

    @Test
    void releasingTheLastHoldStartsTheRetentionAgain() {
        archive.hold(seller.id(), order, "case 1");
        archive.hold(seller.id(), order, "case 1");
        archive.hold(seller.id(), order, "case 2");
        daysPass(300);
        archive.release(seller.id(), order, "case 1");
        assertThatThrownBy(() -> archive.purge(actor, item.id())).hasMessageContaining("by case 2");

        archive.release(seller.id(), order, "case 2");
        daysPass(100);
        assertThatThrownBy(() -> archive.purge(actor, item.id())).hasMessageContaining("is kept until");
    }

    @Test
    void afterRetentionAnItemIsDeletedWithItsFileAndAnAuditEntry() {
        daysPass(181);

        archive.purge(actor, item.id());

        assertThatThrownBy(() -> archive.get(actor, item.id())).isInstanceOf(NotFound.class);
        assertThat(Files.exists(((LocalFileStore) store).path(item.sha256()))).isFalse();
        assertThat(audited("evidence.purged")).isEqualTo(1);
    }

    @Test
    void thePurgeJobDeletesWhatIsPastRetentionOnlyWithAnAuditEntryPerFile() {
        archive.add(actor, NewEvidence.upload(order, EvidenceKind.LABEL_PHOTO, "label.png"),
                new ByteArrayInputStream(EvidenceFixtures.photo("png")));
        OrderId held = anOrder(orders, seller, clock);
        archive.add(actor, NewEvidence.upload(held, EvidenceKind.OTHER, "kept.pdf"), new ByteArrayInputStream(EvidenceFixtures.pdf()));
        archive.hold(seller.id(), held, "case 7");

        daysPass(170);
        OrderId recent = anOrder(orders, seller, clock);
        archive.add(actor, NewEvidence.upload(recent, EvidenceKind.OTHER, "recent.pdf"), new ByteArrayInputStream(EvidenceFixtures.pdf()));
        daysPass(11);

        retention.purgeExpired();

        assertThat(archive.ofOrder(actor, order)).isEmpty();
        assertThat(archive.ofOrder(actor, held)).hasSize(1);
        assertThat(archive.ofOrder(actor, recent)).hasSize(1);
        assertThat(audited("evidence.purged")).isEqualTo(2);
    }

    @Test
    void bytesLeftByACrashBetweenStoringAndTheRowAreRemovedByTheJob() throws Exception {
        byte[] orphan = EvidenceFixtures.pdf();
        String sha = org.aftercare.shared.files.AttachmentCheck.sha256(orphan);
        java.nio.file.Path upload = store.newTempFile();
        Files.write(upload, orphan);
        rows.pending(sha, clock.instant().minus(Duration.ofHours(2)));
        store.put(sha, upload);
        rows.pending(item.sha256(), clock.instant().minus(Duration.ofHours(2)));

        retention.purgeExpired();

        assertThat(store.open(sha)).isEmpty();
        assertThat(store.open(item.sha256())).as("bytes an item refers to stay").isPresent();
        assertThat(rows.pendingBefore(clock.instant(), 10)).doesNotContain(sha, item.sha256());
    }

    @Test
    void aShopMayKeepLongerButNeverLessThan180Days() {
        assertThatThrownBy(() -> archive.setRetention(actor, seller.shop().id(), 90))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("retentionDays: at least 180 days");

        archive.setRetention(actor, seller.shop().id(), 365);
        daysPass(200);
        assertThatThrownBy(() -> archive.purge(actor, item.id()))
                .hasMessageContaining("365 days after the order's last activity");
    }

    @Test
    void onlyAManagerMayDelete() {
        daysPass(181);
        Actor agent = new Actor("agent", null, seller.id(), Role.AGENT, java.util.Set.of());
        assertThatThrownBy(() -> archive.purge(agent, item.id())).isInstanceOf(org.aftercare.shared.NotPermitted.class);
    }

    long audited(String action) {
        return jdbc.sql("select count(*) from audit_log where tenant_id = :t and action = :a")
                .param("t", seller.id().value()).param("a", action).query(Long.class).single();
    }
}
