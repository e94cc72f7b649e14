package org.aftercare.evidence.store;

import java.io.IOException;

import org.aftercare.evidence.EvidenceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The store chosen by {@code aftercare.evidence.store}: the local disk unless S3 is configured. */
@Configuration(proxyBeanMethods = false)
class FileStoreConfig {

    @Bean
    FileStore evidenceFileStore(EvidenceProperties properties) throws IOException {
        if (properties.store() == EvidenceProperties.StoreType.S3) {
            return new S3FileStore(s3Client(properties.s3()), properties.s3().bucket(), properties.directory().resolve("tmp"));
        }
        return new LocalFileStore(properties.directory());
    }

    /** A client for the configured bucket; static keys when given, else the SDK's default chain (environment, profile, role). */
    public static S3Client s3Client(EvidenceProperties.S3 s3) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle());
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        builder.credentialsProvider(s3.accessKey() != null
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()))
                : DefaultCredentialsProvider.builder().build());
        return builder.build();
    }
}
