package org.aftercare.integrations.chat;

import java.net.URI;
import java.util.UUID;

import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;

/**
 * Where a shop's TikTok Shop chat replies are posted until the TikTok connector exists.
 *
 * @param secretVariable the environment variable holding the HMAC secret; the secret is never stored
 */
record ChatOutlet(UUID id, TenantId tenant, ShopId shop, URI url, String secretVariable, boolean enabled) {
}
