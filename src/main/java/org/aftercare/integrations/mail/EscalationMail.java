package org.aftercare.integrations.mail;

import java.util.List;
import java.util.stream.Collectors;

import org.aftercare.desk.SlaAlarm;
import org.aftercare.desk.TicketEscalated;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the tenant's owners and managers (those serving the shop's market) by e-mail that a ticket
 * was escalated or breached an SLA clock, through the application's own SMTP server ({@code spring.mail.*}). Without
 * {@code spring.mail.host} there is no server to send through: the notice is logged instead.
 */
@Component
class EscalationMail {

    private static final Logger log = LoggerFactory.getLogger(EscalationMail.class);

    private final Tenants tenants;
    private final Shops shops;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final String consoleBaseUrl;

    EscalationMail(Tenants tenants, Shops shops, ObjectProvider<JavaMailSender> sender, MailSettings settings,
                   @Value("${aftercare.console.base-url:http://localhost:8080}") String consoleBaseUrl) {
        this.tenants = tenants;
        this.shops = shops;
        this.sender = sender;
        this.settings = settings;
        this.consoleBaseUrl = consoleBaseUrl.endsWith("/") ? consoleBaseUrl.substring(0, consoleBaseUrl.length() - 1)
                : consoleBaseUrl;
    }

    @ApplicationModuleListener
    void on(TicketEscalated escalated) {
        Shop shop = shops.find(escalated.tenant(), escalated.shop()).orElse(null);
        notify(escalated.tenant(), shop == null ? null : shop.market(),
                "[Aftercare] Ticket #" + escalated.number() + " escalated (risk " + escalated.risk() + ")",
                text(escalated, shop));
    }

    /** The last level of the desk's SLA escalation: a breached clock is the managers' business too. */
    @ApplicationModuleListener
    void on(SlaAlarm alarm) {
        if (!alarm.breach()) {
            return;
        }
        String metric = alarm.metric().name().toLowerCase().replace('_', ' ');
        notify(alarm.tenant(), alarm.market(), "[Aftercare] Ticket #" + alarm.number() + ": " + metric + " SLA breached",
                """
                The %s clock of ticket #%d (%s) ran out%s.

                Open it: %s/desk/tickets/%s
                """.formatted(metric, alarm.number(), alarm.market(),
                        alarm.dueAt() == null ? "" : " at " + alarm.dueAt(), consoleBaseUrl, alarm.ticket().value()));
    }

    private void notify(TenantId tenant, String market, String subject, String text) {
        List<String> managers = tenants.members(tenant).stream()
                .filter(m -> m.role().canManage())
                .filter(m -> market == null || m.markets().isEmpty() || m.markets().contains(market))
                .map(Tenants.Member::email)
                .toList();
        if (managers.isEmpty()) {
            return;
        }
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("{} not e-mailed to {}: spring.mail.host is not set\n{}", subject, managers, text);
            return;
        }
        SimpleMailMessage[] messages = managers.stream().map(to -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.notificationsFrom());
            message.setTo(to);
            message.setSubject(subject);
            message.setText(text);
            return message;
        }).toArray(SimpleMailMessage[]::new);
        mail.send(messages);
    }

    private String text(TicketEscalated escalated, Shop shop) {
        String reasons = escalated.reasons().isEmpty() ? "-"
                : escalated.reasons().stream().map(r -> r.name().toLowerCase().replace('_', ' ')).collect(Collectors.joining(", "));
        return """
                Ticket #%d%s was escalated to the senior queue.

                Risk: %d of 100
                Reasons: %s

                Open it: %s/desk/tickets/%s
                """.formatted(escalated.number(), shop == null ? "" : " of " + shop.name() + " (" + shop.market() + ")",
                escalated.risk(), reasons, consoleBaseUrl, escalated.ticket().value());
    }
}
