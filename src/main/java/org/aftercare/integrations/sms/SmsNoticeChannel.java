package org.aftercare.integrations.sms;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aftercare.integrations.chat.SignedWebhook;
import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticeChannel;
import org.aftercare.outreach.OutboundNotice;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.stereotype.Component;

/**
 * Outreach's notices by SMS through the provider's HTTP webhook: the number, the text (subject and
 * body — an SMS has no subject line) and the notice's id as delivery id, signed like every
 * outbound webhook.
 */
@Component
class SmsNoticeChannel implements NoticeChannel {

    private final SmsSettings settings;
    private final SignedWebhook webhook;

    SmsNoticeChannel(SmsSettings settings, SignedWebhook webhook) {
        this.settings = settings;
        this.webhook = webhook;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean availableFor(TenantId tenant, ShopId shop) {
        return settings.url() != null && settings.secretVariable() != null;
    }

    @Override
    public void send(OutboundNotice notice) throws Exception {
        if (!availableFor(notice.tenant(), notice.shop())) {
            throw new IllegalStateException("no SMS provider is configured (aftercare.integrations.sms.url)");
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("delivery", notice.id().toString());
        payload.put("to", notice.recipient().replaceAll("[\\s().-]", ""));
        payload.put("language", notice.language());
        payload.put("text", notice.subject() + "\n\n" + notice.body());
        webhook.post(settings.url(), settings.secretVariable(), notice.id().toString(), payload);
    }
}
