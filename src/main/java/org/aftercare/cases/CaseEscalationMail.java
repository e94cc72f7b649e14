package org.aftercare.cases;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.aftercare.shared.calendar.BusinessCalendar;
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
 * Tells the tenant's owners and managers serving the case's market that a case is near its deadline
 * and not sent, through the application's SMTP server ({@code spring.mail.*}) and sender address
 * as the desk's escalations; without a mail server the notice is logged.
 */
@Component
class CaseEscalationMail {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV");

    private static final Logger log = LoggerFactory.getLogger(CaseEscalationMail.class);

    private final Tenants tenants;
    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    CaseEscalationMail(Tenants tenants, ObjectProvider<JavaMailSender> sender, MessageSource messages,
                       @Value("${aftercare.integrations.mail.notifications-from:Aftercare <aftercare@localhost>}") String from,
                       @Value("${aftercare.console.base-url:http://localhost:8080}") String baseUrl) {
        this.tenants = tenants;
        this.sender = sender;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void on(CaseEscalated escalated) {
        List<Tenants.Member> managers = tenants.members(escalated.tenant()).stream()
                .filter(m -> m.role().canManage())
                .filter(m -> m.markets().isEmpty() || m.markets().contains(escalated.market()))
                .toList();
        if (managers.isEmpty()) {
            return;
        }
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("Case {} escalated (due {}); not e-mailed to {}: spring.mail.host is not set", escalated.number(),
                    escalated.deadlineAt(), managers.stream().map(Tenants.Member::email).toList());
            return;
        }
        mail.send(managers.stream().map(manager -> {
            Locale locale = manager.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(manager.locale().replace('_', '-'));
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(manager.email());
            Object[] args = {String.valueOf(escalated.number()),
                    messages.getMessage("cases.type." + escalated.type().name(), null, locale),
                    escalated.market(), DUE.withZone(BusinessCalendar.of(escalated.market()).zone()).format(escalated.deadlineAt()), baseUrl + "/cases/" + escalated.caseId()};
            message.setSubject(messages.getMessage("cases.mail.escalated.subject", args, locale));
            message.setText(messages.getMessage("cases.mail.escalated.body", args, locale));
            return message;
        }).toArray(SimpleMailMessage[]::new));
    }
}
