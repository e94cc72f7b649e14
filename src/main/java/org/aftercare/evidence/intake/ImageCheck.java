package org.aftercare.evidence.intake;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.aftercare.evidence.EvidenceRefused;

/**
 * JPEG and PNG photos are decoded once on the way in: a photo that does not decode completely (cut
 * off, garbled) is refused — a dossier must not carry a picture nobody can open — and one that does
 * gives a small JPEG thumbnail for the console.
 */
final class ImageCheck {

    private ImageCheck() {
    }

    static boolean applies(String mediaType) {
        return mediaType.equals("image/jpeg") || mediaType.equals("image/png");
    }

    /** @return a JPEG thumbnail whose longer side is at most {@code size} pixels */
    static byte[] decodeAndThumbnail(String fileName, String mediaType, Path file, int size) {
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
            if (in == null || !readers.hasNext()) {
                throw corrupt(fileName, mediaType, "no reader");
            }
            ImageReader reader = readers.next();
            AtomicReference<String> warning = new AtomicReference<>();
            reader.addIIOReadWarningListener((source, message) -> warning.compareAndSet(null, message));
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                // decoding every n-th pixel still reads (and so checks) the whole stream, with far less memory
                int step = Math.max(1, Math.max(width, height) / (size * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                image = reader.read(0, param);
            }
            finally {
                reader.dispose();
            }
            if (image == null || warning.get() != null) {
                throw corrupt(fileName, mediaType, warning.get() == null ? "nothing decoded" : warning.get());
            }
        }
        catch (IOException | RuntimeException e) {
            if (e instanceof EvidenceRefused refused) {
                throw refused;
            }
            throw corrupt(fileName, mediaType, e.getMessage());
        }
        return thumbnail(image, size);
    }

    private static EvidenceRefused corrupt(String fileName, String mediaType, String detail) {
        return new EvidenceRefused("file: " + fileName + " is a corrupt " + mediaType + " image (" + detail + ")");
    }

    private static byte[] thumbnail(BufferedImage image, int size) {
        double scale = Math.min(1.0, (double) size / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage thumb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        }
        finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(thumb, "jpg", out);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
