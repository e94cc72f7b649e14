package org.aftercare.evidence;

import static org.aftercare.evidence.EvidenceFixtures.anOrder;
import static org.aftercare.evidence.EvidenceFixtures.owner;
import static org.aftercare.evidence.EvidenceFixtures.photo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.evidence.store.FileStore;
import org.aftercare.evidence.store.LocalFileStore;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.files.AttachmentCheck;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Files into the archive and back out: kept by their hash, refused with a reason, read only when intact. */
@SpringBootTest
@Import(TestClock.Config.class)
class EvidenceArchiveTests {

    @Autowired EvidenceArchive archive;
    @Autowired FileStore store;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    TestTenant seller;
    Actor actor;
    OrderId order;

    @BeforeEach
    void anOrderOfASeller() {
        seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
        actor = owner(seller);
        order = anOrder(orders, seller, clock);
    }

    @Test
    void aPhotoIsKeptUnderItsHashWithItsTypeFromTheBytesAndAThumbnail() {
        byte[] png = photo("png");

        EvidenceItem item = archive.add(actor, NewEvidence.upload(order, EvidenceKind.DAMAGE_PHOTO, "crushed box.png"),
                new ByteArrayInputStream(png));

        assertThat(item.sha256()).isEqualTo(AttachmentCheck.sha256(png));
        assertThat(item.mediaType()).isEqualTo("image/png");
        assertThat(item.size()).isEqualTo(png.length);
        assertThat(item.fileName()).isEqualTo("crushed box.png");
        assertThat(item.storedBy()).isEqualTo(seller.ownerEmail());
        assertThat(item.thumbnail()).isTrue();
        assertThat(archive.thumbnail(actor, item.id())).hasValueSatisfying(jpeg ->
                assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8));
        assertThat(archive.ofOrder(actor, order)).containsExactly(item);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archive.copyContent(actor, item.id(), out);
        assertThat(out.toByteArray()).isEqualTo(png);
    }

    @Test
    void theSameBytesAddedTwiceToAnOrderAreOneItem() {
        byte[] pdf = EvidenceFixtures.pdf();
        EvidenceItem first = archive.add(actor, NewEvidence.upload(order, EvidenceKind.CARRIER_STATEMENT, "statement.pdf"),
                new ByteArrayInputStream(pdf));
        EvidenceItem again = archive.add(actor, NewEvidence.upload(order, EvidenceKind.CARRIER_STATEMENT, "copy.pdf"),
                new ByteArrayInputStream(pdf));

        assertThat(again).isEqualTo(first);
        assertThat(archive.ofOrder(actor, order)).hasSize(1);
    }

    static Stream<Arguments> badFiles() {
        byte[] jpeg = photo("jpg");
        return Stream.of(
                Arguments.of("label.jpg", EvidenceFixtures.pdf(), "label.jpg is named like image/jpeg but its content is application/pdf"),
                Arguments.of("empty.png", new byte[0], "empty.png is empty"),
                Arguments.of("../x.png", photo("png"), "../x.png is a path"),
                Arguments.of("/etc/passwd", photo("png"), "/etc/passwd is a path"),
                Arguments.of("C:\\boot.png", photo("png"), "is a path"),
                Arguments.of("..", photo("png"), ".. points outside its directory"),
                Arguments.of("photo\0.png", photo("png"), "contains a NUL character"),
                Arguments.of("setup.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF},
                        "setup.exe is application/x-msdownload, which is not accepted"),
                Arguments.of("cut.jpg", EvidenceFixtures.truncated(jpeg), "cut.jpg is a corrupt image/jpeg image"),
                Arguments.of("garbled.png", EvidenceFixtures.garbled(photo("png")), "garbled.png is a corrupt image/png image"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithItsReasonAndNothingIsStored(String name, byte[] content, String reason) throws IOException {
        long filesBefore = storedFiles();

        assertThatThrownBy(() -> archive.add(actor, NewEvidence.upload(order, EvidenceKind.LABEL_PHOTO, name),
                new ByteArrayInputStream(content)))
                .isInstanceOf(EvidenceRefused.class)
                .hasMessageContaining(reason);

        assertThat(archive.ofOrder(actor, order)).isEmpty();
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(tempFiles()).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAll() throws IOException {
        long limit = 64L * 1024 * 1024;
        InputStream huge = new InputStream() {
            long sent;

            @Override
            public int read() {
                return sent++ < limit + 10 * 1024 * 1024 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = limit + 10 * 1024 * 1024 - sent;
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                sent += n;
                return n;
            }
        };
        assertThatThrownBy(() -> archive.add(actor, NewEvidence.upload(order, EvidenceKind.PACKING_VIDEO, "packing.mp4"), huge))
                .isInstanceOf(EvidenceRefused.class)
                .hasMessageContaining("packing.mp4 is over the limit of 67108864 bytes (64 MB)");
        assertThat(tempFiles()).isZero();
    }

    @Test
    void aChangedByteOnDiskIsReportedAsTamperingAndAudited() throws IOException {
        EvidenceItem item = archive.add(actor, NewEvidence.upload(order, EvidenceKind.LABEL_PHOTO, "label.jpg"),
                new ByteArrayInputStream(photo("jpg")));
        Path file = ((LocalFileStore) store).path(item.sha256());
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            int b = raf.read();
            raf.seek(raf.length() / 2);
            raf.write(b ^ 0x01);
        }

        assertThatThrownBy(() -> archive.copyContent(actor, item.id(), new ByteArrayOutputStream()))
                .isInstanceOf(Tampered.class)
                .hasMessageContaining("label.jpg")
                .hasMessageContaining("has changed since it was stored");
        assertThat(audited("evidence.tampered", item.id().toString())).isEqualTo(1);
    }

    @Test
    void aFileMissingFromTheStoreIsTampering() throws IOException {
        EvidenceItem item = archive.add(actor, NewEvidence.upload(order, EvidenceKind.OTHER, "note.pdf"),
                new ByteArrayInputStream(EvidenceFixtures.pdf()));
        Files.delete(((LocalFileStore) store).path(item.sha256()));

        assertThatThrownBy(() -> archive.copyContent(actor, item.id(), new ByteArrayOutputStream()))
                .isInstanceOf(Tampered.class).hasMessageContaining("is missing from the evidence store");
    }

    @Test
    void anotherTenantSeesNothing() {
        EvidenceItem item = archive.add(actor, NewEvidence.upload(order, EvidenceKind.OTHER, "note.pdf"),
                new ByteArrayInputStream(EvidenceFixtures.pdf()));
        Actor stranger = owner(TestTenant.create(tenants, shops, "US", Role.AGENT));

        assertThatThrownBy(() -> archive.get(stranger, item.id())).isInstanceOf(org.aftercare.shared.NotFound.class);
        assertThatThrownBy(() -> archive.ofOrder(stranger, order)).isInstanceOf(org.aftercare.shared.NotFound.class);
        assertThatThrownBy(() -> archive.add(stranger, NewEvidence.upload(order, EvidenceKind.OTHER, "x.pdf"),
                new ByteArrayInputStream(EvidenceFixtures.pdf()))).isInstanceOf(org.aftercare.shared.NotFound.class);
    }

    @Test
    void aViewerMayReadButNotAdd() {
        Actor viewer = new Actor("viewer", null, seller.id(), Role.VIEWER, java.util.Set.of());
        assertThatThrownBy(() -> archive.add(viewer, NewEvidence.upload(order, EvidenceKind.OTHER, "x.pdf"),
                new ByteArrayInputStream(EvidenceFixtures.pdf()))).isInstanceOf(org.aftercare.shared.NotPermitted.class);
        assertThat(archive.ofOrder(viewer, order)).isEmpty();
    }

    long audited(String action, String target) {
        return jdbc.sql("select count(*) from audit_log where tenant_id = :t and action = :a and target = :target")
                .param("t", seller.id().value()).param("a", action).param("target", target).query(Long.class).single();
    }

    long storedFiles() throws IOException {
        Path root = ((LocalFileStore) store).path("0".repeat(64)).getParent().getParent().getParent();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getParent().getFileName().toString().equals("tmp")).count();
        }
    }

    long tempFiles() throws IOException {
        Path root = ((LocalFileStore) store).path("0".repeat(64)).getParent().getParent().getParent();
        try (Stream<Path> files = Files.list(root.resolve("tmp"))) {
            return files.count();
        }
    }

    static List<String> kinds(List<EvidenceItem> items) {
        return items.stream().map(i -> i.kind().name()).toList();
    }
}
