package org.aftercare.integrations.sms;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMS provider's HTTP webhook ({@code aftercare.integrations.sms.*}): one provider account for
 * the installation; without a URL no shop has the SMS channel.
 *
 * @param url            where each message is posted as signed JSON
 * @param secretVariable the environment variable (AFTERCARE_SECRET_…) holding the signing secret
 */
@ConfigurationProperties("aftercare.integrations.sms")
record SmsSettings(URI url, String secretVariable) {
}
