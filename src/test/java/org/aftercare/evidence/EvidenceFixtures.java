package org.aftercare.evidence;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.aftercare.TestTenant;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.shared.pdf.PdfReport;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;

/** Files and orders for evidence tests; every file is unique, so no two tests share stored bytes. */
final class EvidenceFixtures {

    private EvidenceFixtures() {
    }

    static Actor owner(TestTenant seller) {
        return new Actor(seller.ownerEmail(), seller.owner(), seller.id(), Role.OWNER, Set.of());
    }

    static OrderId anOrder(Orders orders, TestTenant seller, Clock clock) {
        String number = "EV-" + UUID.randomUUID().toString().substring(0, 8);
        return orders.create(owner(seller), new NewOrder(seller.shop().id(), number, clock.instant().minus(Duration.ofDays(10)),
                new NewOrder.NewBuyer("buyer-" + number, "Sam Buyer", "sam@example.com", null, "US", "en", null),
                List.of(new NewOrder.Line("TEE-RED-M", "Red tee", Money.of("12.00", "USD"), 2, false)), "API")).order();
    }

    /** A real photo: 640 × 480 of a random colour, as PNG or JPEG. */
    static byte[] photo(String format) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.BLACK);
        g.drawString(UUID.randomUUID().toString(), 20, 240);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] pdf() {
        return PdfReport.titled("Carrier statement " + UUID.randomUUID(), null).paragraph("Parcel lost in transit.").toBytes();
    }

    /** The photo's first half: a JPEG cut off in transfer. */
    static byte[] truncated(byte[] jpeg) {
        return Arrays.copyOf(jpeg, jpeg.length / 2);
    }

    /** A PNG whose header is right and whose image data is garbage. */
    static byte[] garbled(byte[] png) {
        byte[] copy = png.clone();
        for (int i = 60; i < copy.length - 20; i++) {
            copy[i] = (byte) (copy[i] ^ 0x5A);
        }
        return copy;
    }
}
