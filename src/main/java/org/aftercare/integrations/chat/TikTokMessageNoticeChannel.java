package org.aftercare.integrations.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticeChannel;
import org.aftercare.outreach.OutboundNotice;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.stereotype.Component;

/**
 * Outreach's notices as TikTok Shop buyer messages, until the TikTok connector exists: posted to
 * the shop's chat outlet (the signed outbound webhook the desk's chat replies use), with the
 * notice's id as delivery id so a retried delivery can be dropped by the receiver.
 */
@Component
class TikTokMessageNoticeChannel implements NoticeChannel {

    private final ChatOutlets outlets;
    private final SignedWebhook webhook;

    TikTokMessageNoticeChannel(ChatOutlets outlets, SignedWebhook webhook) {
        this.outlets = outlets;
        this.webhook = webhook;
    }

    @Override
    public Channel channel() {
        return Channel.TIKTOK_MESSAGE;
    }

    @Override
    public boolean availableFor(TenantId tenant, ShopId shop) {
        return outlets.ofShop(tenant, shop).filter(ChatOutlet::enabled).isPresent();
    }

    @Override
    public void send(OutboundNotice notice) throws Exception {
        ChatOutlet outlet = outlets.ofShop(notice.tenant(), notice.shop()).filter(ChatOutlet::enabled)
                .orElseThrow(() -> new IllegalStateException("shop " + notice.shop().value() + " has no enabled chat outlet"));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("delivery", notice.id().toString());
        payload.put("kind", "NOTICE");
        payload.put("channel", Channel.TIKTOK_MESSAGE.name());
        payload.put("shop", notice.shop().value().toString());
        payload.put("buyer", notice.recipient());
        payload.put("buyerName", notice.recipientName());
        payload.put("language", notice.language());
        payload.put("subject", notice.subject());
        payload.put("body", notice.body());
        webhook.post(outlet.url(), outlet.secretVariable(), notice.id().toString(), payload);
    }
}
