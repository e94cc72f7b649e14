package org.aftercare.outreach.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.aftercare.outreach.Channel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A single notice checks its address in Java ({@link Recipients}), a campaign queues thousands in
 * one SQL statement: both read {@link AddressRules}, and answer alike on every row here.
 */
@SpringBootTest
class AddressRulesTests {

    @Autowired JdbcClient jdbc;

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of(Channel.EMAIL, "anna@example.de", true),
                Arguments.of(Channel.EMAIL, "a.b+tag@mail.example.co.uk", true),
                Arguments.of(Channel.EMAIL, "anna.müller@bücher.de", true),
                Arguments.of(Channel.EMAIL, "王芳@例子.中国", true),
                Arguments.of(Channel.EMAIL, "anna.at.example.de", false),
                Arguments.of(Channel.EMAIL, "anna@example", false),
                Arguments.of(Channel.EMAIL, "anna@@example.de", false),
                Arguments.of(Channel.EMAIL, "anna@.example.de", false),
                Arguments.of(Channel.EMAIL, "anna@example..de", false),
                Arguments.of(Channel.EMAIL, "anna@example.de.", false),
                Arguments.of(Channel.EMAIL, "@example.de", false),
                Arguments.of(Channel.EMAIL, "anna@", false),
                Arguments.of(Channel.EMAIL, "anna maria@example.de", false),
                Arguments.of(Channel.EMAIL, "anna\u00A0maria@example.de", false),
                Arguments.of(Channel.EMAIL, "anna@example.de\n", false),
                Arguments.of(Channel.EMAIL, "Anna <anna@example.de>", false),
                Arguments.of(Channel.EMAIL, "anna,bert@example.de", false),
                Arguments.of(Channel.EMAIL, "an[na]@example.de", false),
                Arguments.of(Channel.EMAIL, "an\\na@example.de", false),
                Arguments.of(Channel.EMAIL, "\"anna\"@example.de", false),
                Arguments.of(Channel.SMS, "+4915112345678", true),
                Arguments.of(Channel.SMS, "+49 151 1234-5678", true),
                Arguments.of(Channel.SMS, "+49 (151) 123.456.78", true),
                Arguments.of(Channel.SMS, "+49\u00A0151\u00A012345678", true),
                Arguments.of(Channel.SMS, "8613812345678", true),
                Arguments.of(Channel.SMS, "015112345678", false),
                Arguments.of(Channel.SMS, "(0151) 12345678", false),
                Arguments.of(Channel.SMS, "+49 151 CALLME", false),
                Arguments.of(Channel.SMS, "+123456", false),
                Arguments.of(Channel.SMS, "+1234567890123456", false),
                Arguments.of(Channel.SMS, "+4915112345678\n", false),
                Arguments.of(Channel.SMS, "+49/151/12345678", false));
    }

    @ParameterizedTest(name = "{0} {1}: deliverable {2}")
    @MethodSource("addresses")
    void javaAndSqlAgree(Channel channel, String address, boolean deliverable) {
        assertThat(Recipients.problem(channel, address) == null).as("Java").isEqualTo(deliverable);
        assertThat(inSql(channel, address)).as("SQL").isEqualTo(deliverable);
    }

    /** The expressions of the campaign's queueing (CampaignQueue), on one address. */
    private boolean inSql(Channel channel, String address) {
        return switch (channel) {
            case EMAIL -> jdbc.sql("select cast(:address as text) ~ :email")
                    .param("address", address).param("email", AddressRules.EMAIL).query(Boolean.class).single();
            case SMS -> jdbc.sql("select regexp_replace(cast(:address as text), :separators, '', 'g') ~ :phone")
                    .param("address", address).param("separators", AddressRules.PHONE_SEPARATORS)
                    .param("phone", AddressRules.PHONE).query(Boolean.class).single();
            case TIKTOK_MESSAGE -> true;
        };
    }
}
