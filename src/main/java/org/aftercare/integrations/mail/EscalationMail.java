package org.aftercare.integrations.mail;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftercare.cases.CaseEscalated;
import org.aftercare.desk.SlaAlarm;
import org.aftercare.desk.TicketEscalated;
import org.aftercare.desk.TicketId;
import org.aftercare.shared.calendar.BusinessCalendar;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the tenant's owners and managers (those serving the shop's market) by e-mail that a ticket
 * was escalated or breached an SLA clock, or that a case is near its deadline and not sent, through the application's own SMTP server ({@code spring.mail.*}). Without
 * {@code spring.mail.host} there is no server to send through: the notice is logged instead.
 */
@Component
class EscalationMail {

    private static final Logger log = LoggerFactory.getLogger(EscalationMail.class);
    private static final DateTimeFormatter CASE_DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV");

    private final Tenants tenants;
    private final Shops shops;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final MessageSource messages;
    private final String consoleBaseUrl;

    EscalationMail(Tenants tenants, Shops shops, ObjectProvider<JavaMailSender> sender, MailSettings settings,
                   MessageSource messages, @Value("${aftercare.console.base-url:http://localhost:8080}") String consoleBaseUrl) {
        this.tenants = tenants;
        this.shops = shops;
        this.sender = sender;
        this.settings = settings;
        this.messages = messages;
        this.consoleBaseUrl = consoleBaseUrl.endsWith("/") ? consoleBaseUrl.substring(0, consoleBaseUrl.length() - 1)
                : consoleBaseUrl;
    }

    @ApplicationModuleListener
    void on(TicketEscalated escalated) {
        Shop shop = shops.find(escalated.tenant(), escalated.shop()).orElse(null);
        notify(escalated.tenant(), shop == null ? null : shop.market(), locale -> new Notice(
                text("notify.escalated.subject", locale, escalated.number(), escalated.risk()),
                text("notify.escalated.body", locale, escalated.number(),
                        shop == null ? "" : text("notify.escalated.shop", locale, shop.name(), shop.market()),
                        escalated.risk(),
                        escalated.reasons().isEmpty() ? "-" : escalated.reasons().stream()
                                .map(r -> text("notify.reason." + r.name(), locale)).collect(Collectors.joining(", ")),
                        link(escalated.ticket()))));
    }

    /** The last level of the desk's SLA escalation: a breached clock is the managers' business too. */
    @ApplicationModuleListener
    void on(SlaAlarm alarm) {
        if (!alarm.breach()) {
            return;
        }
        notify(alarm.tenant(), alarm.market(), locale -> {
            String metric = text("notify.metric." + alarm.metric().name(), locale);
            return new Notice(text("notify.breach.subject", locale, alarm.number(), metric),
                    text("notify.breach.body", locale, metric, alarm.number(), alarm.market(),
                            alarm.dueAt() == null ? "" : text("notify.breach.at", locale, alarm.dueAt()),
                            link(alarm.ticket())));
        });
    }

    /** A case near its deadline and not sent: the managers serving its market should act today. */
    @ApplicationModuleListener
    void on(CaseEscalated escalated) {
        String due = CASE_DUE.withZone(BusinessCalendar.of(escalated.market()).zone()).format(escalated.deadlineAt());
        notify(escalated.tenant(), escalated.market(), locale -> {
            Object[] args = {escalated.number(), text("cases.type." + escalated.type().name(), locale), escalated.market(),
                    due, consoleBaseUrl + "/cases/" + escalated.caseId().value()};
            return new Notice(text("cases.mail.escalated.subject", locale, args), text("cases.mail.escalated.body", locale, args));
        });
    }

    private record Notice(String subject, String text) {
    }

    /** Each owner or manager serving the market gets the notice in their own language. */
    private void notify(TenantId tenant, String market, Function<Locale, Notice> notice) {
        List<Tenants.Member> managers = tenants.members(tenant).stream()
                .filter(m -> m.role().canManage())
                .filter(m -> market == null || m.markets().isEmpty() || m.markets().contains(market))
                .toList();
        if (managers.isEmpty()) {
            return;
        }
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            Notice english = notice.apply(Locale.ENGLISH);
            log.info("{} not e-mailed to {}: spring.mail.host is not set\n{}", english.subject(),
                    managers.stream().map(Tenants.Member::email).toList(), english.text());
            return;
        }
        SimpleMailMessage[] messages = managers.stream().map(manager -> {
            Notice written = notice.apply(locale(manager.locale()));
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.notificationsFrom());
            message.setTo(manager.email());
            message.setSubject(written.subject());
            message.setText(written.text());
            return message;
        }).toArray(SimpleMailMessage[]::new);
        mail.send(messages);
    }

    private String text(String key, Locale locale, Object... args) {
        Object[] plain = Arrays.stream(args).map(String::valueOf).toArray();
        return messages.getMessage(key, plain, locale);
    }

    private String link(TicketId ticket) {
        return consoleBaseUrl + "/desk/tickets/" + ticket.value();
    }

    private static Locale locale(String tag) {
        return tag == null || tag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(tag.replace('_', '-'));
    }
}
