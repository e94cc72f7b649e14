package org.aftercare.evidence.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.aftercare.evidence.EvidenceProperties;
import org.aftercare.evidence.EvidenceRefused;
import org.aftercare.evidence.store.FileStore;
import org.aftercare.shared.files.AttachmentCheck;
import org.springframework.stereotype.Component;

/**
 * The way into the archive: streams an upload to a temporary file while hashing it (never more than
 * the size limit plus one byte is read), then checks it — name, size, type from the bytes against the
 * name, images that decode — with the desk's and returns' {@link AttachmentCheck}. A refused file is
 * deleted before the refusal is thrown.
 */
@Component
public class Intake {

    private final FileStore store;
    private final AttachmentCheck check;
    private final long maxBytes;
    private final int thumbnailSize;

    Intake(FileStore store, EvidenceProperties properties) {
        this.store = store;
        this.maxBytes = properties.maxSize().toBytes();
        this.check = new AttachmentCheck(maxBytes, properties.types());
        this.thumbnailSize = properties.thumbnailSize();
    }

    /** @throws EvidenceRefused naming the file and why */
    public StagedFile stage(String fileName, InputStream content) {
        String name = FileName.checked(fileName);
        if (content == null) {
            throw new EvidenceRefused("file: " + name + " is empty");
        }
        Path temp = null;
        try {
            temp = store.newTempFile();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = copy(content, temp, sha);
            if (size > maxBytes) {
                // reading stopped one byte past the limit, so the real size is not known
                throw new EvidenceRefused("file: " + name + " is over the limit of " + maxBytes + " bytes ("
                        + maxBytes / (1024 * 1024) + " MB)");
            }
            String detected = size == 0 ? null : AttachmentCheck.detect(temp);
            String refusal = check.refusal(name, null, size, detected);
            if (refusal != null) {
                throw new EvidenceRefused("file: " + refusal);
            }
            byte[] thumbnail = ImageCheck.applies(detected)
                    ? ImageCheck.decodeAndThumbnail(name, detected, temp, thumbnailSize) : null;
            StagedFile staged = new StagedFile(name, detected, size, HexFormat.of().formatHex(sha.digest()), temp, thumbnail);
            temp = null;
            return staged;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                }
                catch (IOException ignored) {
                    // the temp clean-up of the purge job takes it later
                }
            }
        }
    }

    /** Copies at most maxBytes + 1 bytes: enough to know a file is too big without storing all of it. */
    private long copy(InputStream content, Path temp, MessageDigest sha) throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(temp)) {
            int n;
            while ((n = content.read(buffer)) > 0) {
                long room = maxBytes + 1 - size;
                int take = (int) Math.min(n, room);
                out.write(buffer, 0, take);
                sha.update(buffer, 0, take);
                size += take;
                if (size > maxBytes) {
                    break;
                }
            }
        }
        return size;
    }
}
