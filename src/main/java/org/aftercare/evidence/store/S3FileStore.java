package org.aftercare.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in an S3-compatible bucket under {@code evidence/ab/abcd…}. Uploads wait in a local temporary
 * directory until they are checked and hashed; only then are they sent.
 */
public class S3FileStore implements FileStore {

    private final S3Client s3;
    private final String bucket;
    private final StagingDirectory staging;

    public S3FileStore(S3Client s3, String bucket, Path temp) throws IOException {
        this.s3 = s3;
        this.bucket = bucket;
        this.staging = new StagingDirectory(temp);
    }

    static String key(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256: not a SHA-256 in lower-case hex: " + sha256);
        }
        return "evidence/" + sha256.substring(0, 2) + "/" + sha256;
    }

    @Override
    public Path newTempFile() throws IOException {
        return staging.newFile();
    }

    @Override
    public boolean put(String sha256, Path file) {
        if (exists(sha256)) {
            return false;
        }
        s3.putObject(b -> b.bucket(bucket).key(key(sha256)), RequestBody.fromFile(file));
        return true;
    }

    private boolean exists(String sha256) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key(sha256)));
            return true;
        }
        catch (NoSuchKeyException e) {
            return false;
        }
        catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        try {
            return Optional.of(s3.getObject(b -> b.bucket(bucket).key(key(sha256))));
        }
        catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String sha256) {
        s3.deleteObject(b -> b.bucket(bucket).key(key(sha256)));
    }

    @Override
    public int cleanTemp(long maxAgeMillis) throws IOException {
        return staging.clean(maxAgeMillis);
    }
}
