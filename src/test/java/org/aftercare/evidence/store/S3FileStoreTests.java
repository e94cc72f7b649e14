package org.aftercare.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.aftercare.evidence.EvidenceProperties;
import org.aftercare.shared.files.AttachmentCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.s3.S3Client;

/** The S3 store against S3Mock, a real S3-protocol server on loopback, through the AWS SDK v2 client. */
class S3FileStoreTests {

    static S3MockServer server;
    static S3Client client;

    @TempDir Path temp;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3MockServer.start("evidence");
        client = FileStoreConfig.s3Client(new EvidenceProperties.S3(server.endpoint(), "us-east-1", "evidence",
                "test-key", "test-secret", true));
    }

    @AfterAll
    static void stopServer() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFileGoesInUnderItsHashComesBackIntactAndIsDeleted() throws IOException {
        S3FileStore store = new S3FileStore(client, "evidence", temp);
        byte[] content = ("Carrier statement " + UUID.randomUUID()).repeat(2000).getBytes();
        String sha = AttachmentCheck.sha256(content);
        Path upload = store.newTempFile();
        Files.write(upload, content);

        assertThat(store.put(sha, upload)).isTrue();
        assertThat(store.put(sha, upload)).as("the same bytes again are not sent again").isFalse();
        assertThat(client.listObjectsV2(b -> b.bucket("evidence")).contents())
                .anySatisfy(o -> assertThat(o.key()).isEqualTo("evidence/" + sha.substring(0, 2) + "/" + sha));
        try (InputStream in = store.open(sha).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }

        store.delete(sha);
        assertThat(store.open(sha)).isEmpty();
    }

    @Test
    void contentNeverStoredIsAbsentNotAnError() throws IOException {
        S3FileStore store = new S3FileStore(client, "evidence", temp);
        assertThat(store.open("0".repeat(64))).isEmpty();
    }
}
